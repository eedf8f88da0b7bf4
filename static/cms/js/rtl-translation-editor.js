// Right-to-left text fields in wagtail-localize's translation editor (wagtail-localize#197).
// The editor is a React app that reads its target locale from data-props; it renders and
// re-renders fields after load, so new fields are caught with a MutationObserver.
(function () {
  "use strict";
  var editor = document.querySelector(".js-translation-editor");
  var list = document.getElementById("rtl-languages");
  if (!editor || !list) return;
  var locale;
  try {
    locale = JSON.parse(editor.dataset.props).locale.code;
  } catch (error) {
    return;
  }
  if (JSON.parse(list.textContent).indexOf(locale) === -1) return;
  editor.setAttribute("data-target-dir", "rtl");

  function mark(root) {
    var fields = root.querySelectorAll("textarea, input[type=text]");
    for (var i = 0; i < fields.length; i++) {
      fields[i].setAttribute("dir", "rtl");
      fields[i].setAttribute("lang", locale);
    }
  }
  mark(editor);
  new MutationObserver(function () {
    mark(editor);
  }).observe(editor, { childList: true, subtree: true });
})();
