// An admin form opens in place and takes focus; Escape cancels it; when it closes, focus goes back to the button that
// opened it (kept by the form's key, and found again by its data-testid if a render replaced the element).
const openers = new Map();

export function open(form, key, takeFocus) {
    const opener = document.activeElement;
    if (takeFocus && opener && opener !== document.body && !form.contains(opener)) {
        openers.set(key, { element: opener, testId: opener.getAttribute("data-testid") });
    }

    form.addEventListener("keydown", event => {
        // An open list (a picker's popover) takes Escape for itself; only the innermost form answers.
        if (event.key !== "Escape" || event.defaultPrevented || document.querySelector(".mud-popover-open")
            || event.target.closest("[data-admin-form]") !== form) {
            return;
        }

        form.querySelector("[data-form-cancel]")?.click();
    });

    if (!takeFocus) {
        return;
    }

    const field = form.querySelector("input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled])");
    (field ?? form).focus();
}

export function close(key) {
    const opener = openers.get(key);
    openers.delete(key);
    const lost = !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected;
    if (!opener || !lost) {
        return;
    }

    const element = opener.element.isConnected ? opener.element
        : opener.testId ? document.querySelector(`[data-testid="${CSS.escape(opener.testId)}"]`) : null;
    element?.focus();
}
