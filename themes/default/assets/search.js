/* sspwiki search page: results as you type, filters, the query in the URL, snippets.
 * Runs only on search.html; needs search-core.js and search-engine.js loaded first. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.SSPSearchEngine) return;
  var core = window.SSPSearchCore;
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
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
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
      page.forEach(function (hit) { list.appendChild(item(hit.doc)); });
      more.hidden = shown >= results.length;
      more.disabled = false;
      if (done) done(performance.now() - began, first);
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** SearchIndexWriter.derivedID: the id a record leaves out. */
  function derivedId(title) {
    return (core.fold(title).match(/[a-z0-9]+/g) || []).join('-').slice(0, 64);
  }

  /** A result: kind, title (with known-as), key facts, and a snippet. Text record: id, title, subtitle, parts. */
  function item(index) {
    var doc = data.docs[index], text = data.text[index], kind = data.meta.kinds[doc[0]];
    var li = element('li', 'search-result search-result-' + kind[0]);
    li.appendChild(element('p', 'result-kind', kind[1]));
    var heading = element('h2', 'result-title');
    var link = element('a', null, text[1]);
    link.href = root + kind[2] + '/' + (text[0] || derivedId(text[1])) + '.html';
    heading.appendChild(link);
    if (doc[0] === 0 && text[2]) heading.appendChild(element('span', 'muted', ' (' + text[2] + ')'));
    li.appendChild(heading);
    li.appendChild(facts(doc, text));
    var snippet = snippetOf(index);
    if (snippet) li.appendChild(snippet);
    return li;
  }

  /** Year, class, stage, primary need and review date of a plan; the area or category otherwise. */
  function facts(doc, text) {
    var meta = data.meta, p = element('p', 'result-facts');
    function add(node) {
      if (p.childNodes.length) p.appendChild(document.createTextNode(' \u00b7 '));
      p.appendChild(typeof node === 'string' ? document.createTextNode(node) : node);
    }
    if (doc[0] !== 0) {
      if (text[2]) add(text[2]);
      return p;
    }
    meta.years.forEach(function (year) { if (year[0] === doc[1]) add(year[1]); });
    if (doc[2] >= 0) add(meta.classes[doc[2]]);
    var stage = meta.stages[doc[3]];
    add(element('span', 'badge badge-' + stage[0], stage[1]));
    if (doc[7].length) {
      var section = meta.indes[Math.floor(doc[7][0] / 100)];
      add(section[1] + ', level ' + (doc[7][0] % 100));
    }
    var review = element('span', 'result-review', 'Review ');
    var date = new Date(doc[4] * 864e5);
    var time = element('time', null, date.getUTCDate() + ' ' + MONTHS[date.getUTCMonth()] + ' ' + date.getUTCFullYear());
    time.setAttribute('datetime', date.toISOString().slice(0, 10));
    review.appendChild(time);
    var days = doc[4] - todayOrdinal();
    if (days < 0) { review.appendChild(document.createTextNode(' ')); review.appendChild(element('span', 'status status-overdue', 'Overdue')); }
    else if (days <= soonDays) { review.appendChild(document.createTextNode(' ')); review.appendChild(element('span', 'status status-soon', 'Due soon')); }
    add(review);
    if (doc[8] === 1) add(element('span', 'status status-archived', 'Archived'));
    return p;
  }

  // ---- snippets ---------------------------------------------------------------------------

  /** The part of the document that best shows why it matched, with the matching words marked. */
  function snippetOf(index) {
    var parts = data.text[index][3];
    // Without a matching word, a plan shows its first need and a page the start of its text.
    var weights = data.meta.weights, best = null, bestWeight = -1, fallback = null;
    var usual = data.docs[index][0] === 0 ? 4 : 32;
    parts.forEach(function (part) {
      if (!fallback || (fallback[0] !== usual && part[0] === usual)) fallback = part;
      var weight = weights[Math.round(Math.log(part[0]) / Math.LN2)];
      if (weight > bestWeight && firstMatch(part[1]) >= 0) { best = part; bestWeight = weight; }
    });
    var part = best || fallback;
    if (!part) return null;
    var node = element('p', 'result-snippet');
    mark(node, part[1]);
    return node;
  }

  function firstMatch(text) {
    var words = core.scan(text);
    for (var i = 0; i < words.length; i++) if (matched[words[i].word]) return words[i].start;
    return -1;
  }

  function mark(node, text) {
    var at = Math.max(0, firstMatch(text));
    var start = at > 60 ? text.lastIndexOf(' ', at - 50) + 1 : 0;
    var end = Math.min(text.length, start + 220);
    if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), at + 1);
    var piece = text.slice(start, end), last = 0;
    node.textContent = '';
    if (start > 0) node.appendChild(document.createTextNode('\u2026 '));
    core.scan(piece).forEach(function (item) {
      if (!matched[item.word]) return;
      node.appendChild(document.createTextNode(piece.slice(last, item.start)));
      node.appendChild(element('mark', null, piece.slice(item.start, item.end)));
      last = item.end;
    });
    node.appendChild(document.createTextNode(piece.slice(last) + (end < text.length ? ' \u2026' : '')));
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
        var option = element('option', null, value);
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
