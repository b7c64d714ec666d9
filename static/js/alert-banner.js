/* The alert banner: a "Dismiss" button that hides it and remembers that in this browser.
   The key holds the banner's id and update time, so a changed banner is shown again.
   Without JS the banner still collapses through its <details> element. */
(function () {
    "use strict";
    var PREFIX = "alert-banner-dismissed:";
    function remembered(key) {
        try { return window.localStorage.getItem(PREFIX + key) === "1"; } catch (e) { return false; }
    }
    function remember(key) {
        try { window.localStorage.setItem(PREFIX + key, "1"); } catch (e) { /* private mode: hide for this page only */ }
    }
    document.querySelectorAll("[data-alert-banner]").forEach(function (banner) {
        var key = banner.getAttribute("data-alert-banner");
        if (remembered(key)) {
            banner.hidden = true;
            return;
        }
        var button = banner.querySelector(".alert-banner__dismiss");
        if (!button) { return; }
        button.hidden = false;
        button.addEventListener("click", function () {
            remember(key);
            banner.hidden = true;
            var main = document.getElementById("main");
            if (main) { main.focus(); }
        });
    });
})();
