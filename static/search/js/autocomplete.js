/* Autocomplete for the search field: progressive enhancement, no build step.
 * Without JavaScript the form works as it is; with it, titles matching what was typed
 * appear in a list below the field (ARIA combobox pattern), chosen with arrows + Enter. */
(function () {
  "use strict";
  var input = document.querySelector("input[data-autocomplete-url]");
  if (!input || !window.fetch) return;
  var list = document.createElement("ul");
  list.id = "search-q-suggestions";
  list.setAttribute("role", "listbox");
  list.className = "autocomplete";
  list.hidden = true;
  input.parentNode.insertBefore(list, input.nextSibling);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  var timer = null, active = -1, lastQuery = "";
  var locale = document.documentElement.getAttribute("lang") || "de";

  function close() {
    list.hidden = true; list.innerHTML = ""; active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function highlight(index) {
    var items = list.querySelectorAll("li");
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (items[index]) input.setAttribute("aria-activedescendant", items[index].id);
  }
  function show(suggestions) {
    list.innerHTML = "";
    if (!suggestions.length) { close(); return; }
    suggestions.forEach(function (s, i) {
      var li = document.createElement("li");
      li.id = "search-q-option-" + i;
      li.setAttribute("role", "option");
      var a = document.createElement("a");
      a.href = s.url; a.textContent = s.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false; active = -1;
    input.setAttribute("aria-expanded", "true");
  }
  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) { close(); return; }
    if (query === lastQuery) return;
    lastQuery = query;
    var url = input.dataset.autocompleteUrl + "?locale=" + encodeURIComponent(locale) + "&q=" + encodeURIComponent(query);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) { if (input.value.trim() === query) show(data.suggestions || []); })
      .catch(close);
  }
  input.addEventListener("input", function () {
    clearTimeout(timer); timer = setTimeout(fetchSuggestions, 200);
  });
  input.addEventListener("keydown", function (event) {
    var items = list.querySelectorAll("li");
    if (list.hidden || !items.length) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight((active + 1) % items.length); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight((active - 1 + items.length) % items.length); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault(); window.location.href = items[active].querySelector("a").href;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 200); });
})();
