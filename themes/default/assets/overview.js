/*
 * Filters for a long table of plans (the dashboard's active plans): a form with one select
 * per column value (class, year group, primary need, stage, case holder) hides the rows that
 * do not match. Works from file:// as from a server; without JavaScript the form stays
 * hidden and every plan is still reached through the year-group and class pages.
 *
 *   form[data-filter-for="ID"]     the filters of table#ID (shown once this script runs)
 *   select[data-filter="KEY"]      compares its value with each row's data-KEY
 *   [data-filter-count]            says how many rows are shown while a filter is on
 */
(function () {
  "use strict";

  function setUp(form) {
    var table = document.getElementById(form.getAttribute("data-filter-for"));
    if (!table) { return; }
    var rows = table.querySelectorAll("tbody tr");
    var selects = form.querySelectorAll("select[data-filter]");
    var count = form.querySelector("[data-filter-count]");

    function apply() {
      var shown = 0;
      for (var r = 0; r < rows.length; r++) {
        var match = true;
        for (var s = 0; s < selects.length; s++) {
          var value = selects[s].value;
          if (value && rows[r].getAttribute("data-" + selects[s].getAttribute("data-filter")) !== value) {
            match = false;
            break;
          }
        }
        rows[r].hidden = !match;
        if (match) { shown++; }
      }
      if (count) {
        count.textContent = shown === rows.length ? "" : shown + " of the " + rows.length + " rows in this table match.";
      }
    }

    for (var i = 0; i < selects.length; i++) { selects[i].addEventListener("change", apply); }
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.hidden = false;
  }

  function start() {
    var forms = document.querySelectorAll("form[data-filter-for]");
    for (var f = 0; f < forms.length; f++) { setUp(forms[f]); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
