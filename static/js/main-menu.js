// The main menu folds away on phones behind its "Menu" button (a <summary>); on wider
// screens it is always open and the button hidden (site.css). Without JavaScript the
// <details> is open and still works as a disclosure. The script also states the button's
// state as aria-expanded for assistive technology that does not read it from <details>.
(function () {
  var phone = window.matchMedia("(max-width: 55.99rem)");
  document.querySelectorAll("details[data-main-menu]").forEach(function (menu) {
    var toggle = menu.querySelector("summary");
    function sync() {
      toggle.setAttribute("aria-expanded", menu.open ? "true" : "false");
    }
    function fit() {
      menu.open = !phone.matches;
      sync();
    }
    menu.addEventListener("toggle", sync);
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && phone.matches && menu.open) {
        menu.open = false;
        toggle.focus();
      }
    });
    if (phone.addEventListener) {
      phone.addEventListener("change", fit);
    }
    fit();
  });
})();
