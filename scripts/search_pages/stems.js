/* Browser test page: loads every term shard of the built index and checks that search-core.js
 * gives each word the stem the Swift indexer gave it, and reads each word back unchanged. */
(function () {
  'use strict';
  var core = window.SSPSearchCore;
  var out = document.getElementById('out');
  window.sspSearchData = { meta: null, docs: null, shards: {}, vocab: {}, text: {} };
  function load(src, done) {
    var s = document.createElement('script');
    s.src = src;
    s.onload = done;
    s.onerror = function () { out.textContent = 'could not load ' + src; };
    document.head.appendChild(s);
  }
  load('search/index.js', function () {
    var keys = Object.keys(window.sspSearchData.meta.shards), left = keys.length;
    keys.forEach(function (key) {
      load('search/t/' + core.fileName(key) + '.js', function () { if (--left === 0) compare(); });
    });
  });
  function compare() {
    var words = 0, bad = [];
    Object.keys(window.sspSearchData.shards).forEach(function (key) {
      window.sspSearchData.shards[key].forEach(function (group) {
        for (var i = 1; i < group.length; i += 2) {
          words++;
          var word = group[i], again = core.words(word, {});
          if (core.stem(word) !== group[0]) bad.push(word + ' -> ' + core.stem(word) + ' (Swift: ' + group[0] + ')');
          if (again.length !== 1 || again[0] !== word) bad.push(word + ' reads back as ' + again.join('|'));
        }
      });
    });
    out.textContent = JSON.stringify({ words: words, bad: bad });
  }
}());
