/* Browser test page: drives search.html in a frame like a keyboard user would — types, changes
 * a filter, goes back and forward, moves through results with the arrow keys — and writes what
 * it saw as JSON into #out. Parameters come from this page's URL: q1, q2, stage. */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var frame = document.getElementById('frame');
  var out = document.getElementById('out');
  var seen = {};
  var steps = [];
  function w() { return frame.contentWindow; }
  function d() { return frame.contentDocument; }
  function snapshot() {
    var links = Array.prototype.map.call(d().querySelectorAll('.result-title a'), function (a) { return a.getAttribute('href'); });
    return { search: w().location.search, q: d().getElementById('search-q').value,
      stage: d().getElementById('f-stage').value, status: d().getElementById('search-status').textContent, links: links };
  }
  function key(target, name) {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  }
  function active() {
    var el = d().activeElement;
    return el ? (el.id || el.getAttribute('href') || el.tagName) : null;
  }
  function then(wait, fn) { steps.push([wait, fn]); }
  function next() {
    var step = steps.shift();
    if (!step) { out.textContent = JSON.stringify(seen); return; }
    setTimeout(function () {
      try { step[1](); } catch (e) { seen.error = String(e); }
      next();
    }, step[0]);
  }

  then(1500, function () { seen.start = snapshot(); });
  then(0, function () {
    var input = d().getElementById('search-q');
    input.value = params.get('q2');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  then(1500, function () { seen.typed = snapshot(); });
  then(0, function () {
    var select = d().getElementById('f-stage');
    select.value = params.get('stage');
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  then(1500, function () { seen.filtered = snapshot(); w().history.back(); });
  then(1500, function () { seen.back1 = snapshot(); w().history.back(); });
  then(1500, function () { seen.back2 = snapshot(); w().history.forward(); });
  then(1500, function () { seen.forward = snapshot(); });
  then(0, function () {
    var input = d().getElementById('search-q');
    input.focus();
    seen.keys = [active()];
    key(input, 'ArrowDown');
    seen.keys.push(active());
    key(d().activeElement, 'ArrowDown');
    seen.keys.push(active());
    key(d().activeElement, 'ArrowUp');
    seen.keys.push(active());
    key(d().activeElement, 'Escape');
    seen.keys.push(active());
  });
  frame.src = 'search.html?q=' + encodeURIComponent(params.get('q1'));
  frame.onload = function () { frame.onload = null; next(); };
}());
