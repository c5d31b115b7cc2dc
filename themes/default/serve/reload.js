// Live reload for `sspwiki serve`. Only the development server serves this file and adds it
// to the pages it serves; `sspwiki build` never puts it in a page.
(function () {
  "use strict";
  if (!window.EventSource || !document.currentScript) { return; }
  // The server passes the build the page came from, so a rebuild that finished before this
  // script connected still reloads the page.
  var served = new URL(document.currentScript.src).searchParams.get("g") || "0";
  var events = new EventSource("/__sspwiki/events?since=" + encodeURIComponent(served));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
}());
