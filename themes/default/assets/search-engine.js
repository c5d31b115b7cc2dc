/* sspwiki search: loads the index files the site's build wrote under search/ (plain <script src>
 * files, so this works from file:// and over http) and answers queries the way
 * Sources/SSPWikiCore/Search/SearchEngine.swift does. Exposes window.SSPSearchEngine. */
(function () {
  'use strict';
  var core = window.SSPSearchCore;
  var data = window.sspSearchData = { meta: null, docs: null, shards: {}, vocab: {}, text: {} };
  var EXACT = 0, STEM = 1, PREFIX = 2, TYPO = 3;

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  function length(text) { return Array.from(text).length; }

  function Engine(base) {
    this.base = base;
    this.waiting = {};
    this.loaded = [];
    this.groups = {};
    this.shardWords = {};
    this.postings = {};
    this.keys = null;
    // Milliseconds the last match spent computing (not waiting for files), for the benchmark.
    this.matchMs = 0;
  }

  /** Loads base + path with a <script> element unless ready() already holds; then calls done. */
  Engine.prototype.script = function (path, ready, done) {
    if (ready()) { done(); return; }
    if (this.waiting[path]) { this.waiting[path].push(done); return; }
    var self = this;
    this.waiting[path] = [done];
    var element = document.createElement('script');
    element.src = this.base + path;
    element.async = true;
    element.onload = element.onerror = function () {
      var callbacks = self.waiting[path];
      delete self.waiting[path];
      self.loaded.push(path);
      callbacks.forEach(function (callback) { callback(); });
    };
    document.head.appendChild(element);
  };

  /** Loads every [path, ready] pair, then calls done once. */
  Engine.prototype.scripts = function (list, done) {
    var left = list.length + 1;
    function one() { if (--left === 0) done(); }
    for (var i = 0; i < list.length; i++) this.script(list[i][0], list[i][1], one);
    one();
  };

  Engine.prototype.start = function (done) {
    var self = this;
    this.script('index.js', function () { return data.meta !== null; }, function () {
      if (data.meta && !self.keys) {
        self.meta = data.meta;
        self.keys = Object.keys(data.meta.shards);
        self.stop = Object.create(null);
        data.meta.stop.forEach(function (word) { self.stop[word] = true; });
      }
      done(data.meta !== null);
    });
  };

  /** Shard keys that start text (SearchShards.ancestors). */
  Engine.prototype.ancestors = function (text) {
    var chars = Array.from(text), out = [];
    for (var n = 1; n <= chars.length; n++) {
      var key = chars.slice(0, n).join('');
      if (has(this.meta.shards, key)) out.push(key);
    }
    return out;
  };

  /** Shard keys needed for words starting with prefix (SearchShards.keys(forPrefix:)). */
  Engine.prototype.prefixKeys = function (prefix) {
    var out = this.ancestors(prefix);
    this.keys.forEach(function (key) { if (key.indexOf(prefix) === 0 && out.indexOf(key) < 0) out.push(key); });
    return out;
  };

  Engine.prototype.bytes = function (keys) {
    var meta = this.meta;
    return keys.reduce(function (sum, key) { return sum + meta.shards[key]; }, 0);
  };

  Engine.prototype.loadShards = function (keys, done) {
    var self = this;
    this.scripts(keys.map(function (key) {
      return ['t/' + core.fileName(key) + '.js', function () { return has(data.shards, key); }];
    }), function () {
      keys.forEach(function (key) { self.readShard(key); });
      done();
    });
  };

  Engine.prototype.readShard = function (key) {
    if (has(this.shardWords, key) || !has(data.shards, key)) return;
    var words = [];
    var groups = this.groups;
    data.shards[key].forEach(function (group) {
      var entries = [];
      for (var i = 1; i < group.length; i += 2) {
        entries.push(group[i]);
        words.push(group[i]);
        this.postings['$' + group[i]] = group[i + 1];
      }
      groups['$' + group[0]] = entries;
    }, this);
    this.shardWords[key] = words;
  };

  /** [doc, fields, …] of a word from a loaded shard, decoded once. */
  Engine.prototype.postingsOf = function (word) {
    var value = this.postings['$' + word];
    if (typeof value === 'string') {
      value = core.decodePostings(value);
      this.postings['$' + word] = value;
    }
    return value || [];
  };

  /** The index words each query word matches: [{word: kind}] per token (SearchEngine.matches). */
  Engine.prototype.match = function (tokens, done) {
    var self = this, meta = this.meta;
    var wanted = [], prefix = {};
    tokens.forEach(function (token) {
      wanted = wanted.concat(self.ancestors(core.stem(token)));
      if (length(token) >= meta.prefixMin) {
        var keys = self.prefixKeys(token);
        if (self.bytes(keys) <= Math.floor(meta.prefixBudget / tokens.length)) {
          prefix[token] = keys;
          wanted = wanted.concat(keys);
        }
      }
    });
    this.loadShards(unique(wanted), function () {
      var began = performance.now();
      var found = tokens.map(function (token) { return self.exactAndPrefix(token, prefix[token]); });
      var typos = tokens.filter(function (token, i) {
        return Object.keys(found[i]).length === 0 && length(token) >= meta.typoMin;
      });
      self.matchMs = performance.now() - began;
      if (!typos.length) { done(found); return; }
      self.corrections(typos, function (corrected) {
        tokens.forEach(function (token, i) { if (corrected[token]) found[i] = corrected[token]; });
        done(found);
      });
    });
  };

  Engine.prototype.exactAndPrefix = function (token, prefixKeys) {
    var found = {};
    (this.groups['$' + core.stem(token)] || []).forEach(function (word) { found[word] = word === token ? EXACT : STEM; });
    if (!prefixKeys) return found;
    prefixKeys.forEach(function (key) {
      (this.shardWords[key] || []).forEach(function (word) {
        if (!has(found, word) && word.indexOf(token) === 0) found[word] = PREFIX;
      });
    }, this);
    return found;
  };

  /** Words one typing mistake from each token, from the words sharing its first or last letter. */
  Engine.prototype.corrections = function (tokens, done) {
    var self = this, files = [];
    tokens.forEach(function (token) {
      var chars = Array.from(token);
      ['first-' + core.fileName(chars[0]), 'last-' + core.fileName(chars[chars.length - 1])].forEach(function (name) {
        if (self.meta.vocab.indexOf(name) >= 0 && files.indexOf(name) < 0) files.push(name);
      });
    });
    this.scripts(files.map(function (name) {
      return ['v/' + name + '.js', function () { return has(data.vocab, name); }];
    }), function () {
      var began = performance.now(), result = {}, keys = [];
      tokens.forEach(function (token) {
        var chars = Array.from(token), stem = core.stem(token), found = {};
        ['first-' + core.fileName(chars[0]), 'last-' + core.fileName(chars[chars.length - 1])].forEach(function (name) {
          if (!has(data.vocab, name)) return;
          data.vocab[name].split(' ').forEach(function (word) {
            if (has(found, word)) return;
            if (core.withinOneEdit(token, word) || core.withinOneEdit(stem, core.stem(word))) {
              found[word] = TYPO;
              keys = keys.concat(self.ancestors(core.stem(word)));
            }
          });
        });
        result[token] = found;
      });
      self.matchMs += performance.now() - began;
      self.loadShards(unique(keys), function () { done(result); });
    });
  };

  /** [{doc, score}] of the documents that match every token, best first (SearchEngine.search). */
  Engine.prototype.rank = function (found) {
    var meta = this.meta, count = data.docs.length;
    var totals = new Int32Array(count), hits = new Int32Array(count);
    if (!this.fieldScores) {
      this.fieldScores = [];
      for (var mask = 0; mask < 64; mask++) this.fieldScores.push(core.fieldScore(mask, meta.weights));
    }
    var scores = this.fieldScores;
    found.forEach(function (words, t) {
      var best = new Int32Array(count);
      Object.keys(words).forEach(function (word) {
        var factor = meta.factors[words[word]], list = this.postingsOf(word);
        for (var i = 0; i < list.length; i += 2) {
          var score = scores[list[i + 1]] * factor;
          if (score > best[list[i]]) best[list[i]] = score;
        }
      }, this);
      for (var doc = 0; doc < count; doc++) {
        if (best[doc] > 0 && hits[doc] === t) {
          hits[doc] = t + 1;
          totals[doc] += best[doc];
        }
      }
    }, this);
    var out = [];
    for (var doc = 0; doc < count; doc++) if (hits[doc] === found.length) out.push({ doc: doc, score: totals[doc] });
    out.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return out;
  };

  /** Loads the text of the documents, for snippets. */
  Engine.prototype.texts = function (docs, done) {
    this.scripts(docs.map(function (doc) {
      return ['x/' + doc + '.js', function () { return has(data.text, doc); }];
    }), done);
  };

  function unique(list) {
    return list.filter(function (item, i) { return list.indexOf(item) === i; });
  }

  Engine.data = data;
  window.SSPSearchEngine = Engine;
}());
