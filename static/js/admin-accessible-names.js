/* Accessible names the Wagtail 8.0.1 editor leaves out (axe: label, aria-input-field-name,
   scrollable-region-focusable), added in the browser because the markup is Wagtail's own:
   - the rich-text boxes (Draftail's role="textbox") and the tag box's visible input point at no label:
     they are named by the label of their field, or else by the heading of their panel or block;
   - the inputs of a list block's items have no label of their own: named by their block's heading;
   - the editor's minimap list scrolls but holds nothing focusable when collapsed: it takes the focus.
   Loaded on every admin page by home/wagtail_hooks.py; a MutationObserver covers blocks added later. */
(function () {
    "use strict";
    var FIELDS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="checkbox"]):not([type="radio"]), ' +
        'textarea, select, [role="textbox"][contenteditable="true"]';
    var counter = 0;

    function idOf(element) {
        if (!element.id) {
            counter += 1;
            element.id = "a11y-name-" + counter;
        }
        return element.id;
    }

    function hasName(element) {
        if (element.getAttribute("aria-label") || element.getAttribute("aria-labelledby") || element.title) { return true; }
        if (element.closest("label")) { return true; }
        return Boolean(element.id && document.querySelector('label[for="' + CSS.escape(element.id) + '"]'));
    }

    function fieldLabel(element) {
        var input = element.closest("[data-field-input]");
        if (!input) { return null; }
        var named = input.querySelectorAll("input[id], textarea[id]");
        for (var i = 0; i < named.length; i += 1) {
            if (named[i] === element) { continue; }
            var label = document.querySelector('label[for="' + CSS.escape(named[i].id) + '"]');
            if (label && label.textContent.trim()) { return label; }
        }
        return null;
    }

    function panelHeading(element) {
        var section = element.closest("section.w-panel");
        while (section) {
            var heading = section.querySelector("[data-panel-heading]");
            if (heading && heading.textContent.trim()) { return heading; }
            section = section.parentElement && section.parentElement.closest("section.w-panel");
        }
        return null;
    }

    function nameFields(root) {
        root.querySelectorAll(FIELDS).forEach(function (element) {
            if (hasName(element)) { return; }
            var label = fieldLabel(element) || panelHeading(element);
            if (label) { element.setAttribute("aria-labelledby", idOf(label)); }
        });
        root.querySelectorAll(".w-minimap__list").forEach(function (list) {
            if (!list.hasAttribute("tabindex")) {
                list.setAttribute("tabindex", "0");
                var toggle = document.getElementById("w-minimap-toggle");
                if (toggle) { list.setAttribute("aria-labelledby", "w-minimap-toggle"); }
            }
        });
    }

    var scheduled = false;
    function schedule() {
        if (scheduled) { return; }
        scheduled = true;
        window.requestAnimationFrame(function () {
            scheduled = false;
            nameFields(document);
        });
    }

    function start() {
        nameFields(document);
        new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
