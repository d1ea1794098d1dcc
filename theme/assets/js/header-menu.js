// The menu button of a phone or tablet (theme/partials/site-header.liquid): a disclosure that shows
// and hides the main menu below it. site.css hides the closed menu only where scripts run and only
// below the desktop width, so without JavaScript the menu is a plain list and on a desktop a row.

const OPEN_CLASS = 'is-open';

export function initHeaderMenu(root = document) {
  const button = root.querySelector('[data-header-menu-button]');
  const menu = button ? root.getElementById(button.getAttribute('aria-controls') ?? '') : null;
  if (!button || !menu) {
    return;
  }

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open) => {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle(OPEN_CLASS, open);
  };

  button.addEventListener('click', () => setOpen(!isOpen()));

  // Escape closes the menu from the button or from a link in it, and focus goes back to the button,
  // so a keyboard user is not left on a link that just disappeared.
  const closeOnEscape = (event) => {
    if (event.key !== 'Escape' || !isOpen()) {
      return;
    }
    event.preventDefault();
    setOpen(false);
    button.focus();
  };
  button.addEventListener('keydown', closeOnEscape);
  menu.addEventListener('keydown', closeOnEscape);
}
