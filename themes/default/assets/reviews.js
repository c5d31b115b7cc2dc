/*
 * Reviews overdue and due soon, worked out again for the day the page is read.
 *
 * The site is built on one day and read on many. The HTML holds the result for the build
 * day (so it works without JavaScript); this script recomputes it from the dates in the page
 * with the same rule as the build: overdue when the review date has passed, due soon when it
 * is at most data-soon-days (on <body>) days away.
 *
 *   [data-review="YYYY-MM-DD"]   a plan's review; its .status-overdue/-soon/-later span gets
 *                                the label (an empty label is hidden by the stylesheet)
 *   [data-show="overdue soon"]   shown only in those states (hidden otherwise)
 *   [data-review-group]          a list: [data-review-count] counts its shown reviews,
 *                                [data-review-empty] shows when there are none, and with
 *                                data-hide-empty the whole group hides when empty
 *   [data-review-note]           says which day the lists were worked out for
 */
(function () {
  "use strict";
  var DAY = 24 * 60 * 60 * 1000;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];
  var LABELS = { overdue: "Overdue", soon: "Due soon", later: "" };

  function parseDay(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
  }

  function stateOf(review, today, soonDays) {
    var days = Math.round((review - today) / DAY);
    if (days < 0) { return "overdue"; }
    if (days <= soonDays) { return "soon"; }
    return "later";
  }

  function update() {
    var body = document.body;
    var soonDays = parseInt(body.getAttribute("data-soon-days"), 10);
    if (isNaN(soonDays)) { soonDays = 14; }
    var now = new Date();
    var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());

    var reviews = document.querySelectorAll("[data-review]");
    for (var i = 0; i < reviews.length; i++) {
      var item = reviews[i];
      var review = parseDay(item.getAttribute("data-review"));
      if (review === null) { continue; }
      var state = stateOf(review, today, soonDays);
      item.setAttribute("data-review-state", state);
      var show = item.getAttribute("data-show");
      if (show !== null) { item.hidden = show.split(" ").indexOf(state) < 0; }
      var label = item.querySelector(".status-overdue, .status-soon, .status-later");
      if (label) {
        label.textContent = LABELS[state];
        label.className = "status status-" + state;
      }
    }

    var groups = document.querySelectorAll("[data-review-group]");
    for (var g = 0; g < groups.length; g++) {
      var group = groups[g];
      var shown = group.querySelectorAll("[data-review]:not([hidden])").length;
      var counts = group.querySelectorAll("[data-review-count]");
      for (var c = 0; c < counts.length; c++) { counts[c].textContent = String(shown); }
      var empty = group.querySelector("[data-review-empty]");
      if (empty) { empty.hidden = shown > 0; }
      if (group.hasAttribute("data-hide-empty")) { group.hidden = shown === 0; }
    }

    var notes = document.querySelectorAll("[data-review-note]");
    var day = new Date(today);
    for (var n = 0; n < notes.length; n++) {
      notes[n].textContent = "Worked out for today, " + day.getUTCDate() + " " + MONTHS[day.getUTCMonth()] + " " +
        day.getUTCFullYear() + ".";
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
}());
