// An admin form opens in place and takes focus; Escape cancels it; when it closes, focus goes back to the button that
// opened it (found again by its data-testid if a render replaced the element). A click does not always focus the
// button it lands on, so the last button clicked is the opener; the admin page loads this module early for that.
const openers = new Map();
let lastClicked = null;

document.addEventListener("click", event => {
    lastClicked = event.target instanceof Element ? event.target.closest("button, a, [role=button]") : null;
}, true);

export function open(form, key, takeFocus) {
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

    const opener = [lastClicked, document.activeElement]
        .find(element => element && element.isConnected && element !== document.body && !form.contains(element));
    if (opener) {
        openers.set(key, { form, element: opener, testId: opener.getAttribute("data-testid") });
    }

    const field = form.querySelector("input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled])");
    (field ?? form).focus();
}

// Called as the form goes away (its elements may still be on the page): focus returns to the opener unless the
// editor has already moved it elsewhere.
export function close(key) {
    const opener = openers.get(key);
    openers.delete(key);
    const focused = document.activeElement;
    if (!opener || (focused && focused !== document.body && focused.isConnected && !opener.form.contains(focused))) {
        return;
    }

    const element = opener.element.isConnected ? opener.element
        : opener.testId ? document.querySelector(`[data-testid="${CSS.escape(opener.testId)}"]`) : null;
    element?.focus();
}
