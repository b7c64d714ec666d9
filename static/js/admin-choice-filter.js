/* The admin's searchable checkbox lists (home/admin_widgets.py): typing in the search box hides the
   options whose label does not contain the letters typed (case and ё/е do not matter). Ticked options
   stay visible, so what is chosen is always seen. Without JS the whole list shows. */
(function () {
    "use strict";
    function normalise(text) {
        return text.toLocaleLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
    }
    document.addEventListener("input", function (event) {
        var input = event.target;
        if (!input.matches || !input.matches("[data-choice-filter-input]")) { return; }
        var box = input.closest("[data-choice-filter]");
        var query = normalise(input.value);
        var shown = 0;
        box.querySelectorAll(".choice-filter__list label").forEach(function (label) {
            var checkbox = label.querySelector("input");
            var visible = !query || normalise(label.textContent).indexOf(query) !== -1 || (checkbox && checkbox.checked);
            var row = label.parentElement.tagName === "DIV" ? label.parentElement : label;
            row.hidden = !visible;
            if (visible) { shown += 1; }
        });
        var status = box.querySelector("[data-choice-filter-status]");
        status.textContent = shown ? "" : status.getAttribute("data-none");
    });
}());
