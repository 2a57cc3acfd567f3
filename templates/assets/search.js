/*
 * The search box of every page. Nothing is loaded until the box is first used: then the search engine
 * (fuse.js, assets/fuse.basic.min.js) and the archive's index (search-index.js) are added as scripts from the
 * site itself, which works from file:// as well as from a server, and no request leaves the site.
 * Keys: type to search; Down moves into the results, Up and Down move between them, Escape closes them;
 * Enter opens the search page with every result.
 */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) { return; }
  var root = form.getAttribute("data-root") || "";
  var input = form.querySelector("input[type=search]");
  var KINDS = { article: "Article", person: "Person", organisation: "Organisation", place: "Place", quote: "Quote" };
  var fuse = null;
  var waiting = null;

  function addScript(src, done) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = done;
    s.onerror = function () { status(panelStatus, "The search index could not be loaded."); };
    document.head.appendChild(s);
  }

  /** Loads the engine and the index once, then calls done (at once when they are loaded). */
  function load(done) {
    if (fuse) { done(); return; }
    if (waiting) { waiting.push(done); return; }
    waiting = [done];
    addScript(root + "assets/fuse.basic.min.js", function () {
      addScript(root + "search-index.js", function () {
        var items = window.NEWSGEN_SEARCH.items;
        // A quote names its article by position; it links there and shows the article's title.
        items.forEach(function (e) {
          if (e.a !== undefined) {
            var article = items[e.a];
            e.h = article.h;
            e.d = e.d ? e.d + " · " + article.t : article.t;
          }
        });
        fuse = new window.Fuse(items, {
          keys: [{ name: "t", weight: 3 }, { name: "s", weight: 1 }],
          threshold: 0.3, ignoreLocation: true, ignoreDiacritics: true, minMatchCharLength: 2
        });
        var callbacks = waiting;
        waiting = null;
        callbacks.forEach(function (f) { f(); });
      });
    });
  }

  function search(query, limit) {
    return fuse.search(query.trim(), { limit: limit }).map(function (r) { return r.item; });
  }

  function status(node, text) { if (node) { node.textContent = text; } }

  function count(n, query) {
    return (n === 0 ? "No results" : n === 1 ? "1 result" : n + " results") + " for “" + query.trim() + "”";
  }

  function item(entry) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + entry.h;
    a.textContent = entry.t;
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = KINDS[entry.k] || entry.k;
    li.appendChild(kind);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(a);
    if (entry.d) {
      var d = document.createElement("span");
      d.className = "detail";
      d.textContent = " · " + entry.d;
      li.appendChild(d);
    }
    return li;
  }

  // The drop-down under the box.
  var panel = document.createElement("div");
  panel.className = "search-results";
  panel.id = "search-results";
  panel.hidden = true;
  var panelStatus = document.createElement("p");
  panelStatus.className = "search-status";
  panelStatus.setAttribute("role", "status");
  var list = document.createElement("ul");
  var more = document.createElement("a");
  more.className = "search-more";
  panel.appendChild(panelStatus);
  panel.appendChild(list);
  panel.appendChild(more);
  form.appendChild(panel);
  input.setAttribute("aria-controls", panel.id);

  function close() {
    panel.hidden = true;
  }

  function show() {
    var query = input.value;
    if (query.trim().length < 2) { close(); return; }
    var found = search(query, 11);
    list.textContent = "";
    found.slice(0, 10).forEach(function (e) { list.appendChild(item(e)); });
    status(panelStatus, count(found.length > 10 ? search(query, 1000).length : found.length, query));
    more.hidden = found.length <= 10;
    more.href = root + "search.html?q=" + encodeURIComponent(query.trim());
    more.textContent = "All results";
    panel.hidden = false;
  }

  function links() { return Array.prototype.slice.call(panel.querySelectorAll("a:not([hidden])")); }

  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("input", function () { load(show); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && !panel.hidden && links().length) { e.preventDefault(); links()[0].focus(); }
    if (e.key === "Escape") { close(); }
  });
  panel.addEventListener("keydown", function (e) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < all.length - 1) { e.preventDefault(); all[i + 1].focus(); }
    if (e.key === "ArrowUp") { e.preventDefault(); (i <= 0 ? input : all[i - 1]).focus(); }
    if (e.key === "Escape") { close(); input.focus(); }
  });
  document.addEventListener("click", function (e) { if (!form.contains(e.target)) { close(); } });

  // The search page lists every result for ?q=.
  var page = document.getElementById("search-page-results");
  if (page) {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    if (query.trim()) {
      input.value = query;
      load(function () {
        var found = search(query, 200);
        found.forEach(function (e) { page.appendChild(item(e)); });
        status(document.getElementById("search-page-status"), count(found.length, query) + (found.length === 200 ? " (the first 200)" : ""));
      });
    }
  }
})();
