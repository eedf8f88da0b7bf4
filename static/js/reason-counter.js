// Progressive enhancement for the nomination form: shows how many characters the reason
// has, next to the guidance the server already renders. The form works without it.
(function () {
  "use strict";

  function start() {
    var counter = document.getElementById("reason-counter");
    var field = document.querySelector("textarea[data-guidance]");
    if (!counter || !field) {
      return;
    }
    var template = counter.getAttribute("data-template");
    var described = (field.getAttribute("aria-describedby") || "").split(" ");
    if (described.indexOf(counter.id) === -1) {
      described.push(counter.id);
      field.setAttribute("aria-describedby", described.join(" ").trim());
    }
    var timer = null;
    function update() {
      counter.textContent = template.replace("__COUNT__", String(field.value.length));
    }
    field.addEventListener("input", function () {
      // Screen readers hear the count when typing pauses, not on every key.
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 400);
    });
    counter.hidden = false;
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
