// Progressive enhancement for the nomination form: shows how many characters the reason
// has, next to the guidance the server already renders. The form works without it.
(function () {
  "use strict";

  function start() {
    var field = document.querySelector("textarea[data-guidance][data-counter]");
    if (!field) {
      return;
    }
    var counter = document.createElement("p");
    counter.id = field.id + "-counter";
    counter.className = "field__counter";
    counter.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", counter);
    var described = (field.getAttribute("aria-describedby") || "").split(" ");
    described.push(counter.id);
    field.setAttribute("aria-describedby", described.join(" ").trim());
    var template = field.getAttribute("data-counter");
    var timer = null;
    function update() {
      counter.textContent = template.replace("__COUNT__", String(field.value.length));
    }
    field.addEventListener("input", function () {
      // Screen readers hear the count when typing pauses, not on every key.
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 400);
    });
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
