/* The alert banner has one control, its <details> summary, which folds it without a script as well.
   This script only remembers a folded banner in this browser, so the next pages show it folded; the key
   holds the banner's id and update time, so a changed banner is shown unfolded again. */
(function () {
    "use strict";
    var PREFIX = "alert-banner-dismissed:";
    function remembered(key) {
        try { return window.localStorage.getItem(PREFIX + key) === "1"; } catch (e) { return false; }
    }
    function remember(key, folded) {
        try {
            if (folded) { window.localStorage.setItem(PREFIX + key, "1"); } else { window.localStorage.removeItem(PREFIX + key); }
        } catch (e) { /* private mode: folded for this page only */ }
    }
    document.querySelectorAll("[data-alert-banner]").forEach(function (banner) {
        var key = banner.getAttribute("data-alert-banner");
        var details = banner.querySelector("details");
        if (!details) { return; }
        if (remembered(key)) { details.open = false; }
        details.addEventListener("toggle", function () { remember(key, !details.open); });
    });
})();
