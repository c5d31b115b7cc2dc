/* sspwiki search page: results as you type, filters, the query in the URL, back and forward,
 * keyboard moves. Runs only on search.html, after search-core.js, search-engine.js and
 * search-results.js. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.SSPSearchEngine || !window.SSPSearchResults) return;
  var core = window.SSPSearchCore;
  var view = window.SSPSearchResults;
  var engine = new window.SSPSearchEngine(form.getAttribute('data-index'));
  var data = window.SSPSearchEngine.data;
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var root = form.getAttribute('data-root') || '';
  var soonDays = parseInt(document.body.getAttribute('data-soon-days'), 10) || 14;
  var baseTitle = document.title;
  var SELECTS = ['stage', 'year', 'indes', 'level', 'class', 'holder', 'review'];
  var PAGE = 10;
  var generation = 0, timer = 0, typing = false;
  var results = [], shown = 0, matched = Object.create(null);

  // ---- state: the form, the URL ------------------------------------------------------------

  function readForm() {
    var state = { q: input.value, flag: [], archived: form.elements.archived.checked };
    SELECTS.forEach(function (name) { state[name] = form.elements[name].value; });
    Array.prototype.forEach.call(form.querySelectorAll('input[name="flag"]'), function (box) {
      if (box.checked) state.flag.push(box.value);
    });
    return state;
  }

  function writeForm(state) {
    input.value = state.q;
    SELECTS.forEach(function (name) {
      var select = form.elements[name];
      select.value = state[name];
      if (select.value !== state[name]) select.value = '';
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[name="flag"]'), function (box) {
      box.checked = state.flag.indexOf(box.value) >= 0;
    });
    form.elements.archived.checked = state.archived;
    // Filters in use are shown; otherwise they stay folded so results start on the first screen.
    var fold = form.querySelector('details.filters-fold');
    if (fold && (state.flag.length || state.archived || SELECTS.some(function (name) { return state[name]; }))) fold.open = true;
  }

  function stateFromURL() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get('q') || '', flag: params.getAll('flag'), archived: params.get('archived') === '1' };
    SELECTS.forEach(function (name) { state[name] = params.get(name) || ''; });
    return state;
  }

  function query(state) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    SELECTS.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    state.flag.forEach(function (flag) { params.append('flag', flag); });
    if (state.archived) params.set('archived', '1');
    var text = params.toString();
    return window.location.pathname + (text ? '?' + text : '');
  }

  function remember(state, push) {
    try {
      if (push) window.history.pushState(null, '', query(state));
      else window.history.replaceState(null, '', query(state));
    } catch (e) { /* some browsers refuse history changes for file:// pages; the search still runs */ }
    document.title = state.q ? state.q + ' · ' + baseTitle : baseTitle;
  }

  // ---- filters ----------------------------------------------------------------------------

  function todayOrdinal() {
    var now = new Date();
    return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 864e5);
  }

  function planFiltered(state) {
    return SELECTS.some(function (name) { return state[name]; }) || state.flag.length > 0;
  }

  /** Whether a document passes the filters (ContextBuilder.reviewState for the review window).
   * A plan's record: kind, year, class, stage, review day, case holder, flags, needs, archived. */
  function passes(doc, state, today, flagBits) {
    var meta = data.meta;
    if (doc[0] !== 0) return !planFiltered(state);
    if (doc[8] === 1 && !state.archived) return false;
    if (state.stage && meta.stages[doc[3]][0] !== state.stage) return false;
    if (state.year && doc[1] !== state.year) return false;
    if (state['class'] && meta.classes[doc[2]] !== state['class']) return false;
    if (state.holder && meta.holders[doc[5]] !== state.holder) return false;
    if ((doc[6] & flagBits) !== flagBits) return false;
    if (state.indes || state.level) {
      var level = parseInt(state.level, 10) || 0;
      var need = doc[7].some(function (n) {
        return (!state.indes || meta.indes[Math.floor(n / 100)][0] === state.indes) && n % 100 >= level;
      });
      if (!need) return false;
    }
    var days = doc[4] - today;
    if (state.review === 'overdue' && days >= 0) return false;
    if (state.review === 'soon' && (days < 0 || days > soonDays)) return false;
    if (state.review === 'due' && days > soonDays) return false;
    return true;
  }

  /** The flags bit mask the filters ask for; -1 (no plan passes) for a flag the index does not know. */
  function flagMask(state) {
    var keys = data.meta.flags.map(function (flag) { return flag[0]; }), mask = 0;
    for (var i = 0; i < state.flag.length; i++) {
      var bit = keys.indexOf(state.flag[i]);
      if (bit < 0) return -1;
      mask |= 1 << bit;
    }
    return mask;
  }

  // ---- searching --------------------------------------------------------------------------

  function run(state) {
    var run = ++generation;
    var started = performance.now();
    engine.start(function (ready) {
      if (run !== generation) return;
      if (!ready) { say('The search index could not be loaded. Rebuild the site with sspwiki build.'); return; }
      var tokens = core.words(state.q, engine.stop);
      if (!tokens.length && !planFiltered(state)) {
        clear();
        say(state.q.trim() ? 'Those words are too common to search for. Add another word.' : 'Type a name, a need, a strategy or any words to search.');
        return;
      }
      engine.match(tokens, function (found) {
        if (run !== generation) return;
        var began = performance.now(), today = todayOrdinal(), flags = flagMask(state);
        var ranked = tokens.length ? engine.rank(found) : data.docs.map(function (doc, i) { return { doc: i, score: 0 }; });
        var words = Object.create(null);
        found.forEach(function (set) { Object.keys(set).forEach(function (word) { words[word] = true; }); });
        results = ranked.filter(function (hit) { return flags >= 0 && passes(data.docs[hit.doc], state, today, flags); });
        more.disabled = false;
        matched = words;
        shown = 0;
        announce(state);
        var spent = performance.now() - began + (tokens.length ? engine.matchMs : 0);
        showMore(function (rendering) {
          // Time spent answering (matching, ranking, filtering, showing), without loading files.
          list.setAttribute('data-ms', (spent + rendering).toFixed(1));
          list.setAttribute('data-total-ms', (performance.now() - started).toFixed(1));
          list.setAttribute('data-loaded', engine.loaded.join(' '));
        });
      });
    });
  }

  function say(text) { status.textContent = text; }

  function announce(state) {
    var n = results.length;
    var what = state.q.trim() ? ' for \u2018' + state.q.trim() + '\u2019' : '';
    var filtered = planFiltered(state) ? ' with these filters' : '';
    if (!n) say('No results' + what + filtered + '. Check the spelling, try fewer words or remove a filter.');
    else say(n + (n === 1 ? ' result' : ' results') + what + filtered + '.');
  }

  // ---- results ----------------------------------------------------------------------------

  function clear() {
    results = [];
    shown = 0;
    list.textContent = '';
    more.hidden = true;
    more.disabled = false;
  }

  /** Shows the next page of results once their titles and text are loaded; done(ms spent showing). */
  function showMore(done) {
    var run = generation, page = results.slice(shown, shown + PAGE), first = shown;
    shown += page.length;
    more.disabled = true;  // one page at a time, so pages arrive in order
    engine.texts(page.map(function (hit) { return hit.doc; }), function () {
      if (run !== generation) return;
      var began = performance.now();
      if (first === 0) list.textContent = '';
      var context = { data: data, root: root, soonDays: soonDays, today: todayOrdinal(), matched: matched };
      page.forEach(function (hit) { list.appendChild(view.item(hit.doc, context)); });
      more.hidden = shown >= results.length;
      more.disabled = false;
      if (done) done(performance.now() - began, first);
    });
  }

  // ---- events -----------------------------------------------------------------------------

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var state = readForm();
      remember(state, !typing);
      typing = true;
      run(state);
    }, 150);
  });

  form.addEventListener('change', function (event) {
    if (event.target === input) return;
    var state = readForm();
    typing = false;
    remember(state, true);
    run(state);
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    var state = readForm();
    remember(state, !typing);
    typing = false;
    run(state);
  });

  window.addEventListener('popstate', function () {
    var state = stateFromURL();
    typing = false;
    writeForm(state);
    run(state);
  });

  more.addEventListener('click', function () {
    showMore(function (ms, first) {
      var link = list.children[first] && list.children[first].querySelector('a');
      if (link) link.focus();
    });
  });

  // Arrow keys move between the query box and the result links; Escape goes back to the box.
  function links() { return Array.prototype.slice.call(list.querySelectorAll('.result-title a')); }

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });

  list.addEventListener('keydown', function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    else if (event.key === 'Escape') { event.preventDefault(); input.focus(); }
  });

  /** Adds the classes and case holders the index lists to their filters. */
  function fillChoices() {
    [['class', data.meta.classes], ['holder', data.meta.holders]].forEach(function (pair) {
      var select = form.elements[pair[0]];
      pair[1].forEach(function (value) {
        var option = view.element('option', null, value);
        option.value = value;
        select.appendChild(option);
      });
    });
  }

  var initial = stateFromURL();
  writeForm(initial);
  if (initial.q) document.title = initial.q + ' · ' + baseTitle;
  engine.start(function (ready) {
    if (ready) fillChoices();
    writeForm(initial);
    run(initial);
  });
}());
