// The listing filters (opportunities, events) fold away on a phone while none is chosen, so that the results
// come first; the summary opens them. Without JavaScript they simply stay open.
(function () {
  var phone = window.matchMedia("(max-width: 55.99rem)");
  document.querySelectorAll("details[data-fold-on-phone]").forEach(function (panel) {
    if (phone.matches && !panel.hasAttribute("data-filters-chosen")) {
      panel.open = false;
    }
  });
})();
