// The shell's behaviour that needs no server, on every page (static account pages too), loaded in <head> so the
// theme is set before the first paint:
// - the colour theme: html[data-theme] is "light" or "dark", from the user's choice (the app bar's toggle: the
//   system's, light or dark, kept in localStorage) or, while they follow the system, from prefers-color-scheme, kept in
//   step when the system changes. html[data-theme-choice] tells the toggle which icon and name to show. The server's
//   HTML never depends on the theme (pages are output-cached).
// - the skip link: moves focus to <main> (the base href would make "#main-content" another page's address).
// - Escape closes the menu drawer lying over a phone's page, by pressing its menu button, which keeps focus.
// The listeners sit on the document, so they outlive Blazor replacing the prerendered markup.
(() => {
    const storageKey = 'tt-theme';
    const choices = ['system', 'light', 'dark'];
    const root = document.documentElement;
    const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

    // Where storage is refused (some private modes), the choice holds for this page only.
    let unstoredChoice = 'system';
    const storedChoice = () => {
        try {
            const value = localStorage.getItem(storageKey);
            return choices.includes(value) ? value : 'system';
        } catch {
            return unstoredChoice;
        }
    };

    const set = (name, value) => {
        if (root.getAttribute(name) !== value) {
            root.setAttribute(name, value);
        }
    };

    const apply = () => {
        const choice = storedChoice();
        set('data-theme-choice', choice);
        set('data-theme', choice === 'system' ? (systemDark.matches ? 'dark' : 'light') : choice);
    };

    const choose = choice => {
        try {
            if (choice === 'system') {
                localStorage.removeItem(storageKey);
            } else {
                localStorage.setItem(storageKey, choice);
            }
        } catch {
            unstoredChoice = choice;
        }
        apply();
    };

    apply();
    systemDark.addEventListener('change', apply);
    // Another tab changed the choice.
    window.addEventListener('storage', event => event.key === storageKey && apply());
    // A page swapped in without a reload (Blazor's enhanced navigation) may bring the server's bare <html> attributes.
    new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['data-theme', 'data-theme-choice'] });

    document.addEventListener('click', event => {
        const target = event.target instanceof Element ? event.target : null;
        const toggle = target?.closest('[data-theme-toggle]');
        if (toggle) {
            choose(choices[(choices.indexOf(root.getAttribute('data-theme-choice') ?? 'system') + 1) % choices.length]);
            return;
        }

        const skip = target?.closest('.skip-link');
        const main = document.getElementById('main-content');
        if (skip && main) {
            event.preventDefault();
            main.focus();
            main.scrollIntoView();
        }
    });

    document.addEventListener('keydown', event => {
        const menu = event.key === 'Escape' ? document.querySelector('.app-nav-open .app-nav-toggle-narrow') : null;
        if (menu) {
            menu.focus();
            menu.click();
        }
    });
})();
