/* sspwiki search page: one result as a list item — kind, title, key facts and a snippet with
 * the matching words marked — built with DOM calls only (no HTML strings). Exposes
 * window.SSPSearchResults for search.js. */
(function () {
  'use strict';
  var core = window.SSPSearchCore;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  // What item() was given: {data, root, soonDays, today (days since 1970), matched (word set)}.
  var ctx = null;

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
  function item(index, context) {
    ctx = context;
    var doc = ctx.data.docs[index], text = ctx.data.text[index], kind = ctx.data.meta.kinds[doc[0]];
    var li = element('li', 'search-result search-result-' + kind[0]);
    li.appendChild(element('p', 'result-kind', kind[1]));
    var heading = element('h2', 'result-title');
    var link = element('a', null, text[1]);
    link.href = ctx.root + kind[2] + '/' + (text[0] || derivedId(text[1])) + '.html';
    heading.appendChild(link);
    if (doc[0] === 0 && text[2]) heading.appendChild(element('span', 'muted', ' (' + text[2] + ')'));
    li.appendChild(heading);
    var about = facts(doc, text);
    if (about.childNodes.length) li.appendChild(about);
    var snippet = snippetOf(index);
    if (snippet) li.appendChild(snippet);
    return li;
  }

  /** Year, class, stage, primary need and review date of a plan; the area or category otherwise. */
  function facts(doc, text) {
    var meta = ctx.data.meta, p = element('p', 'result-facts');
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
    var days = doc[4] - ctx.today;
    if (days < 0) { review.appendChild(document.createTextNode(' ')); review.appendChild(element('span', 'status status-overdue', 'Overdue')); }
    else if (days <= ctx.soonDays) { review.appendChild(document.createTextNode(' ')); review.appendChild(element('span', 'status status-soon', 'Due soon')); }
    add(review);
    if (doc[8] === 1) add(element('span', 'status status-archived', 'Archived'));
    return p;
  }

  // ---- snippets ---------------------------------------------------------------------------

  /** The part of the document that best shows why it matched, with the matching words marked. */
  function snippetOf(index) {
    var parts = ctx.data.text[index][3];
    // Without a matching word, a plan shows its first need and a page the start of its text.
    var weights = ctx.data.meta.weights, best = null, bestWeight = -1, fallback = null;
    var usual = ctx.data.docs[index][0] === 0 ? 4 : 32;
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
    for (var i = 0; i < words.length; i++) if (ctx.matched[words[i].word]) return words[i].start;
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
      if (!ctx.matched[item.word]) return;
      node.appendChild(document.createTextNode(piece.slice(last, item.start)));
      node.appendChild(element('mark', null, piece.slice(item.start, item.end)));
      last = item.end;
    });
    node.appendChild(document.createTextNode(piece.slice(last) + (end < text.length ? ' \u2026' : '')));
  }
  window.SSPSearchResults = { item: item, element: element };
}());
