// `scan --html`: the report as one self-contained page (no network, no external file). The data goes in
// as JSON in a script element; the page's own script draws the map of the repository (a treemap of the
// files with sites, grouped by directory, sized by sites, coloured by depth or by what would convert),
// the sortable and filterable table, and a file's sites with the proposed diff beside each. Everything
// from the report reaches the page as text (textContent), never as markup.
import type { ScanReport } from "../runner/scan";

/** JSON that cannot end the script element it sits in. */
function embeddedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function scanPage(report: ScanReport): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be fetched: the page works from a file, offline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    "<title>unpyramid scan</title>",
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    BODY,
    `<script type="application/json" id="scan-data">${embeddedJson(report)}</script>`,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const STYLE = `
:root { font: 14px/1.4 system-ui, sans-serif; color: #1d2330; background: #fafbfc; }
body { margin: 0 auto; padding: 16px 24px; max-width: 1400px; }
h1 { font-size: 20px; margin: 0 0 12px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
table.functions { width: auto; }
#totals { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; }
#totals div { background: #fff; border: 1px solid #d8dde6; border-radius: 6px; padding: 6px 12px; }
#totals dt { font-size: 12px; color: #5b6475; }
#totals dd { margin: 0; font-size: 20px; font-weight: 600; }
.controls { display: flex; gap: 12px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
#map { position: relative; height: 420px; background: #fff; border: 1px solid #d8dde6; border-radius: 6px; overflow: hidden; }
#map .dir { position: absolute; border: 1px solid #9aa3b5; box-sizing: border-box; }
#map .dir > span { position: absolute; left: 3px; top: 0; font-size: 11px; color: #3b4354; white-space: nowrap; overflow: hidden; max-width: calc(100% - 6px); }
#map .file { position: absolute; box-sizing: border-box; border: 1px solid #fff; cursor: pointer; overflow: hidden; font-size: 11px; padding: 1px 3px; color: #111; }
#map .file:hover, #map .file.selected { outline: 2px solid #1d2330; z-index: 1; }
#legend { font-size: 12px; color: #5b6475; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border-bottom: 1px solid #e3e7ee; padding: 4px 8px; text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; white-space: normal; word-break: break-all; }
th button { font: inherit; font-weight: 600; background: none; border: 0; cursor: pointer; padding: 0; }
tbody tr { cursor: pointer; }
tbody tr:hover, tbody tr.selected { background: #eef3ff; }
#detail { margin-top: 16px; }
.site { display: grid; grid-template-columns: minmax(260px, 1fr) 2fr; gap: 12px; border-top: 1px solid #e3e7ee; padding: 8px 0; }
.site .what { font-size: 13px; }
.converted { color: #1a7f37; font-weight: 600; }
.skipped { color: #9a6700; font-weight: 600; }
.risk { display: inline-block; background: #fff1e5; color: #953800; border-radius: 4px; padding: 0 4px; margin: 2px 2px 0 0; font-size: 12px; }
pre.diff { margin: 0; font: 12px/1.35 ui-monospace, monospace; background: #f6f8fa; border: 1px solid #e3e7ee; border-radius: 4px; padding: 6px; overflow: auto; max-height: 420px; }
pre.diff .add { color: #1a7f37; background: #e6ffec; display: block; }
pre.diff .del { color: #cf222e; background: #ffebe9; display: block; }
pre.diff .hunk { color: #6639ba; display: block; }
.none { color: #5b6475; font-style: italic; }
`;

const BODY = `
<h1>unpyramid scan</h1>
<dl id="totals"></dl>
<h2>Map</h2>
<div class="controls">
  <label>Colour by <select id="color-by"><option value="depth">deepest nesting</option><option value="conversion">what would convert</option></select></label>
  <span id="legend"></span>
</div>
<div id="map" role="img" aria-label="The files with sites, sized by sites"></div>
<h2>Files</h2>
<div class="controls">
  <label>Filter <input id="filter" type="search" placeholder="part of a path" autocomplete="off"></label>
  <label>Show <select id="show">
    <option value="sites">files with sites</option>
    <option value="all">all files</option>
    <option value="changed">would change</option>
    <option value="skips">with skipped sites</option>
    <option value="risks">with risks</option>
    <option value="errors">skipped or not read</option>
  </select></label>
  <span id="shown"></span>
</div>
<table id="files">
  <thead><tr>
    <th><button data-key="path">file</button></th>
    <th><button data-key="maxDepth">depth</button></th>
    <th><button data-key="callbacks">callbacks</button></th>
    <th><button data-key="chains">chains</button></th>
    <th><button data-key="asyncLib">async-lib</button></th>
    <th><button data-key="converts">converts</button></th>
    <th><button data-key="skips">skips</button></th>
    <th><button data-key="risks">risks</button></th>
  </tr></thead>
  <tbody></tbody>
</table>
<section id="detail"><p class="none">Choose a file in the map or the table to see its sites and the proposed diff.</p></section>
`;

// The page's script: no template literals, so that it sits in this file's own template string as is.
const SCRIPT = `
(function () {
  "use strict";
  var report = JSON.parse(document.getElementById("scan-data").textContent);
  var files = report.files.map(function (file) {
    var converted = file.sites.filter(function (s) { return s.outcome === "converted"; });
    return {
      file: file,
      path: file.path,
      maxDepth: file.maxDepth,
      callbacks: file.callbackSites.length,
      chains: file.promiseChains.length,
      asyncLib: file.asyncLibCalls.length,
      converts: converted.length,
      skips: file.sites.length - converted.length,
      risks: converted.reduce(function (n, s) { return n + s.risks.length; }, 0),
      weight: file.callbackSites.length + file.sites.length + file.promiseChains.length + file.asyncLibCalls.length
    };
  });
  var byPath = {};
  files.forEach(function (f) { byPath[f.path] = f; });
  var selected = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Totals.
  var s = report.summary;
  var converts = s.transforms.reduce(function (n, t) { return n + t.converted; }, 0);
  var skips = s.transforms.reduce(function (n, t) { return n + t.skipped; }, 0);
  var totals = [
    ["files", s.files], ["with sites", s.filesWithSites], ["callback sites", s.callbackSites],
    ["deepest nesting", s.maxDepth], ["promise chains", s.promiseChains], ["async-lib calls", s.asyncLibCalls],
    ["would convert", converts], ["would skip", skips], ["files would change", s.wouldChange], ["skipped or not read", s.skipped + s.errors]
  ];
  var dl = document.getElementById("totals");
  totals.forEach(function (t) {
    var box = el("div", { "data-total": t[0] });
    box.appendChild(el("dt", null, t[0]));
    box.appendChild(el("dd", null, t[1]));
    dl.appendChild(box);
  });

  // Colours.
  function depthColor(d) {
    var scale = ["#e8f5e9", "#c8e6c9", "#fff59d", "#ffcc80", "#ff8a65", "#e57373", "#c62828"];
    return scale[Math.min(d, scale.length - 1)];
  }
  function conversionColor(f) {
    var n = f.converts + f.skips;
    if (!n) return "#e0e3ea";
    var share = f.converts / n;
    var hue = Math.round(share * 120);
    return "hsl(" + hue + ", 60%, 72%)";
  }
  function colorOf(f) { return document.getElementById("color-by").value === "depth" ? depthColor(f.maxDepth) : conversionColor(f); }
  function legend() {
    document.getElementById("legend").textContent = document.getElementById("color-by").value === "depth"
      ? "green: shallow, red: deep callback nesting; size: sites in the file"
      : "green: every site would convert, red: none would, grey: no transform site; size: sites in the file";
  }

  // The map: a squarified treemap of the directory tree.
  function tree() {
    var root = { name: "", children: {}, value: 0 };
    files.forEach(function (f) {
      if (!f.weight) return;
      var parts = f.path.split("/");
      var node = root;
      root.value += f.weight;
      for (var i = 0; i < parts.length - 1; i++) {
        node.children[parts[i]] = node.children[parts[i]] || { name: parts[i], children: {}, value: 0 };
        node = node.children[parts[i]];
        node.value += f.weight;
      }
      node.children[parts[parts.length - 1]] = { name: parts[parts.length - 1], file: f, value: f.weight };
    });
    return root;
  }
  function worst(row, side, scale) {
    var sum = 0, max = 0, min = Infinity;
    row.forEach(function (r) { var v = r.value * scale; sum += v; max = Math.max(max, v); min = Math.min(min, v); });
    return Math.max(side * side * max / (sum * sum), (sum * sum) / (side * side * min));
  }
  function squarify(items, x, y, w, h, place) {
    var rest = items.slice().sort(function (a, b) { return b.value - a.value || (a.name < b.name ? -1 : 1); });
    while (rest.length && w > 0 && h > 0) {
      var total = rest.reduce(function (n, r) { return n + r.value; }, 0);
      var scale = (w * h) / total;
      var side = Math.min(w, h);
      var row = [rest[0]];
      var i = 1;
      while (i < rest.length && worst(row.concat([rest[i]]), side, scale) <= worst(row, side, scale)) { row.push(rest[i]); i++; }
      var area = row.reduce(function (n, r) { return n + r.value; }, 0) * scale;
      if (w >= h) {
        var rw = area / h, cy = y;
        row.forEach(function (r) { var rh = r.value * scale / rw; place(r, x, cy, rw, rh); cy += rh; });
        x += rw; w -= rw;
      } else {
        var rh2 = area / w, cx = x;
        row.forEach(function (r) { var cw = r.value * scale / rh2; place(r, cx, y, cw, rh2); cx += cw; });
        y += rh2; h -= rh2;
      }
      rest = rest.slice(i);
    }
  }
  function drawMap() {
    var map = document.getElementById("map");
    map.textContent = "";
    var root = tree();
    if (!root.value) { map.appendChild(el("p", { "class": "none" }, "No file has a site.")); return; }
    function draw(node, x, y, w, h, label) {
      if (node.file) {
        var f = node.file;
        var cell = el("div", { "class": "file" + (selected === f.path ? " selected" : ""), "data-path": f.path, title: f.path + ": depth " + f.maxDepth + ", " + f.callbacks + " callbacks, " + f.converts + " would convert, " + f.skips + " would skip" });
        cell.style.left = x + "px"; cell.style.top = y + "px"; cell.style.width = w + "px"; cell.style.height = h + "px";
        cell.style.background = colorOf(f);
        if (w > 40 && h > 14) cell.textContent = node.name;
        cell.addEventListener("click", function () { select(f.path); });
        map.appendChild(cell);
        return;
      }
      // A directory holding only one directory is drawn as one frame, "a/b".
      while (label && !node.file && Object.keys(node.children).length === 1 && !node.children[Object.keys(node.children)[0]].file) {
        node = node.children[Object.keys(node.children)[0]];
        label = label + "/" + node.name;
      }
      var kids = Object.keys(node.children).map(function (k) { return node.children[k]; });
      var pad = label ? 14 : 0;
      if (label && w > 24 && h > 24) {
        var frame = el("div", { "class": "dir" });
        frame.style.left = x + "px"; frame.style.top = y + "px"; frame.style.width = w + "px"; frame.style.height = h + "px";
        frame.appendChild(el("span", null, label));
        map.appendChild(frame);
        squarify(kids, x + 2, y + pad, w - 4, h - pad - 2, function (r, a, b, c, d) { draw(r, a, b, c, d, r.file ? null : r.name); });
      } else {
        squarify(kids, x, y, w, h, function (r, a, b, c, d) { draw(r, a, b, c, d, r.file ? null : r.name); });
      }
    }
    draw(root, 0, 0, map.clientWidth, map.clientHeight, null);
  }

  // The table.
  var sortKey = "maxDepth", descending = true;
  function visible(f) {
    var show = document.getElementById("show").value;
    var text = document.getElementById("filter").value.trim().toLowerCase();
    if (text && f.path.toLowerCase().indexOf(text) < 0) return false;
    if (show === "sites") return f.weight > 0;
    if (show === "changed") return f.file.status === "changed";
    if (show === "skips") return f.skips > 0;
    if (show === "risks") return f.risks > 0;
    if (show === "errors") return !!f.file.error;
    return true;
  }
  function drawTable() {
    var body = document.querySelector("#files tbody");
    body.textContent = "";
    var rows = files.filter(visible).sort(function (a, b) {
      var x = a[sortKey], y = b[sortKey];
      var order = typeof x === "string" ? (x < y ? -1 : x > y ? 1 : 0) : x - y;
      if (descending) order = -order;
      // Ties: the most callbacks first, then by path.
      return order || b.callbacks - a.callbacks || (a.path < b.path ? -1 : 1);
    });
    rows.forEach(function (f) {
      var tr = el("tr", { "data-path": f.path, "class": selected === f.path ? "selected" : "" });
      tr.appendChild(el("td", null, f.path + (f.file.error ? " (" + f.file.error + ")" : "")));
      ["maxDepth", "callbacks", "chains", "asyncLib", "converts", "skips", "risks"].forEach(function (k) { tr.appendChild(el("td", null, f[k])); });
      tr.addEventListener("click", function () { select(f.path); });
      body.appendChild(tr);
    });
    document.getElementById("shown").textContent = rows.length + " of " + files.length + " files";
  }
  document.querySelectorAll("#files th button").forEach(function (button) {
    button.addEventListener("click", function () {
      var key = button.getAttribute("data-key");
      descending = key === sortKey ? !descending : key !== "path";
      sortKey = key;
      drawTable();
    });
  });
  document.getElementById("filter").addEventListener("input", drawTable);
  document.getElementById("show").addEventListener("change", drawTable);
  document.getElementById("color-by").addEventListener("change", function () { legend(); drawMap(); });

  // A file's sites, each with the part of the proposed diff around its line.
  function hunks(patch) {
    var out = [];
    (patch || "").split("\\n").forEach(function (line) {
      var m = /^@@ -(\\d+)(?:,(\\d+))? \\+\\d+(?:,\\d+)? @@/.exec(line);
      if (m) out.push({ start: +m[1], end: +m[1] + (m[2] === undefined ? 1 : +m[2]) - 1, lines: [line] });
      else if (out.length && !/^(diff --git|--- |\\+\\+\\+ |index )/.test(line)) out[out.length - 1].lines.push(line);
    });
    return out;
  }
  function diffBlock(lines) {
    var pre = el("pre", { "class": "diff" });
    lines.forEach(function (line) {
      var kind = line.charAt(0) === "+" ? "add" : line.charAt(0) === "-" ? "del" : line.indexOf("@@") === 0 ? "hunk" : null;
      var span = el("span", kind ? { "class": kind } : null, line);
      pre.appendChild(span);
      if (!kind) pre.appendChild(document.createTextNode("\\n"));
    });
    return pre;
  }
  function select(path) {
    selected = path;
    var f = byPath[path];
    var detail = document.getElementById("detail");
    detail.textContent = "";
    detail.appendChild(el("h2", null, path));
    var file = f.file;
    if (file.error) detail.appendChild(el("p", { "class": "skipped" }, file.error));
    if (file.functions.length) {
      detail.appendChild(el("h3", null, "Functions"));
      var ft = el("table", { "class": "functions" });
      var head = el("tr");
      ["function", "line", "callbacks", "depth", "chains", "async-lib", "converts", "skips"].forEach(function (h) { head.appendChild(el("th", null, h)); });
      ft.appendChild(head);
      file.functions.forEach(function (fn) {
        var tr = el("tr");
        [fn.name, fn.line, fn.callbackSites, fn.maxDepth, fn.promiseChains, fn.asyncLibCalls, fn.converted, fn.skipped].forEach(function (v) { tr.appendChild(el("td", null, v)); });
        ft.appendChild(tr);
      });
      detail.appendChild(ft);
      detail.appendChild(el("h3", null, "Sites"));
    }
    var parts = hunks(file.patch);
    var items = file.sites.map(function (site) { return { line: site.line, column: site.column, site: site }; });
    file.callbackSites.forEach(function (cb) {
      if (!file.sites.some(function (site) { return site.line === cb.line; })) items.push({ line: cb.line, column: cb.column, callback: cb });
    });
    items.sort(function (a, b) { return a.line - b.line || a.column - b.column; });
    if (!items.length) detail.appendChild(el("p", { "class": "none" }, "No sites in this file."));
    var shown = {};
    items.forEach(function (item) {
      var row = el("div", { "class": "site", "data-line": item.line });
      var what = el("div", { "class": "what" });
      what.appendChild(el("div", null, "line " + item.line + ":" + (item.column + 1)));
      if (item.site) {
        var site = item.site;
        what.appendChild(el("div", { "class": site.outcome }, site.transform + ": " + (site.outcome === "converted" ? "would convert" : "would skip, " + site.reason)));
        site.risks.forEach(function (risk) { what.appendChild(el("span", { "class": "risk" }, risk)); });
      } else {
        what.appendChild(el("div", { "class": "skipped" }, "callback to " + item.callback.callee + ", depth " + item.callback.depth + ": no transform reported it"));
      }
      if (item.callback || (item.site && item.site.outcome === "skipped")) {
        var cb = file.callbackSites.filter(function (c) { return c.line === item.line; })[0];
        if (cb && item.site) what.appendChild(el("div", null, "callback to " + cb.callee + ", depth " + cb.depth));
      }
      row.appendChild(what);
      var hunk = parts.filter(function (h) { return h.start <= item.line && item.line <= h.end; })[0];
      if (hunk && !shown[hunk.start]) { shown[hunk.start] = true; row.appendChild(diffBlock(hunk.lines)); }
      else row.appendChild(el("p", { "class": "none" }, hunk ? "(in the diff above)" : "no change proposed here"));
      detail.appendChild(row);
    });
    drawTable();
    drawMap();
  }

  legend();
  drawTable();
  drawMap();
  window.addEventListener("resize", drawMap);
})();
`;
