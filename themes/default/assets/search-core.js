/* sspwiki search: text handling and matching, the same rules as Sources/SSPWikiCore/Search.
 * No libraries, no network access beyond <script src> files of this site. Exposes
 * window.SSPSearchCore for search.js (and for the browser tests). */
(function () {
  'use strict';

  // SearchFolding.swift
  var SPELLED = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' };

  function fold(text) {
    text = String(text);
    if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();  // nothing to decompose
    var out = '';
    var chars = Array.from(text.toLowerCase().normalize('NFD'));
    for (var i = 0; i < chars.length; i++) {
      var code = chars[i].codePointAt(0);
      if (code >= 0x300 && code <= 0x36f) continue;
      out += SPELLED[chars[i]] || chars[i];
    }
    return out;
  }

  // SearchTokenizer.swift: letters and digits in any script; apostrophes inside words dropped.
  var WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
  // Text as written may carry accents as separate marks; they belong to the word.
  var WRITTEN_WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;
  var APOSTROPHES = /['\u2019]/g;
  var MAX_WORD = 40;

  function matches(pattern, text, folded) {
    var found = [];
    var match;
    pattern.lastIndex = 0;
    while ((match = pattern.exec(text)) !== null) {
      var word = (folded ? match[0] : fold(match[0])).replace(APOSTROPHES, '');
      if (Array.from(word).length <= MAX_WORD) found.push({ word: word, start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  /** Each word of text as written, folded, with where it is in the text: [{word, start, end}]. */
  function scan(text) { return matches(WRITTEN_WORD, text, false); }

  /** The folded words of text that are not stop words, each once, in order. */
  function words(text, stop) {
    var seen = {};
    var out = [];
    matches(WORD, fold(text), true).forEach(function (item) {
      if (stop[item.word] || seen['$' + item.word]) return;
      seen['$' + item.word] = true;
      out.push(item.word);
    });
    return out;
  }

  // EnglishStemmer.swift
  var ENDINGS = [['ational', 'ate'], ['ization', 'ize'], ['iveness', 'ive'], ['fulness', 'ful'],
    ['ousness', 'ous'], ['tional', 'tion'], ['ation', 'ate'], ['ness', '']];

  function ends(w, suffix) { return w.length >= suffix.length && w.slice(w.length - suffix.length) === suffix; }
  function isVowel(c) { return 'aeiou'.indexOf(c) >= 0; }
  function hasVowel(w) { return /[aeiou]/.test(w); }

  function withoutPlural(w) {
    if (ends(w, 'sses') || ends(w, 'ches') || ends(w, 'shes') || ends(w, 'xes')) return w.slice(0, -2);
    if (ends(w, 'ies')) return w.length > 4 ? w.slice(0, -3) + 'y' : w;
    if (ends(w, 's') && !ends(w, 'ss') && !ends(w, 'us') && !ends(w, 'is')) return w.slice(0, -1);
    return w;
  }

  function withoutVerbEnding(w) {
    if (ends(w, 'eed')) return hasVowel(w.slice(0, -3)) ? w.slice(0, -1) : w;
    var cut = ends(w, 'ing') ? 3 : ends(w, 'ed') ? 2 : 0;
    if (!cut) return w;
    var base = w.slice(0, -cut);
    if (base.length < 3 || !hasVowel(base)) return w;
    var last = base.charAt(base.length - 1);
    if (last === base.charAt(base.length - 2) && !isVowel(last) && 'lsz'.indexOf(last) < 0) return base.slice(0, -1);
    if (ends(base, 'at') || ends(base, 'bl') || ends(base, 'iz')) return base + 'e';
    if (base.length === 3 && !isVowel(base[0]) && isVowel(base[1]) && !isVowel(base[2]) && 'wxy'.indexOf(base[2]) < 0) return base + 'e';
    return base;
  }

  function stem(word) {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
    var w = withoutVerbEnding(withoutPlural(word));
    for (var i = 0; i < ENDINGS.length; i++) {
      var suffix = ENDINGS[i][0];
      if (w.length - suffix.length >= 3 && ends(w, suffix)) return w.slice(0, w.length - suffix.length) + ENDINGS[i][1];
    }
    return w;
  }

  // SearchEngine.withinOneEdit
  function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 2) return false;  // code units: at most one pair apart per letter
    var x = Array.from(a), y = Array.from(b);
    if (Math.abs(x.length - y.length) > 1) return false;
    var i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    if (i === x.length && i === y.length) return true;
    var same = function (p, q) { return x.slice(p).join('') === y.slice(q).join(''); };
    if (x.length === y.length) {
      if (same(i + 1, i + 1)) return true;
      return i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] && same(i + 2, i + 2);
    }
    return x.length > y.length ? same(i + 1, i) : same(i, i + 1);
  }

  // SearchEncoding.swift: postings as base-64 variable-length numbers.
  var DIGITS = {};
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach(function (c, i) { DIGITS[c] = i; });

  /** [doc, fields, doc, fields, …] */
  function decodePostings(text) {
    var out = [];
    var value = 0, scale = 1, doc = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS[text.charAt(i)];
      value += (digit & 31) * scale;
      scale *= 32;
      if (!(digit & 32)) {
        doc += Math.floor(value / 64);
        out.push(doc, value % 64);
        value = 0;
        scale = 1;
      }
    }
    return out;
  }

  function fileName(key) {
    if (/^[a-z0-9]+$/.test(key)) return key;
    return '_' + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }

  /** SearchField.score: the best field's weight plus one per other field. */
  function fieldScore(mask, weights) {
    var best = 0, count = 0;
    for (var i = 0; i < weights.length; i++) {
      if (mask & (1 << i)) {
        best = Math.max(best, weights[i]);
        count++;
      }
    }
    return best + Math.max(0, count - 1);
  }

  window.SSPSearchCore = {
    fold: fold, scan: scan, words: words, stem: stem, withinOneEdit: withinOneEdit,
    decodePostings: decodePostings, fileName: fileName, fieldScore: fieldScore
  };
}());
