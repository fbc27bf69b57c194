/* PledgeGraph view: builds the vis-network from the JSON data block, then wires the search
 * box and the filters. Everything that comes from articles is put in the page as text
 * (textContent, canvas labels), never as HTML. */
(function () {
  "use strict";
  var body = document.body;
  window.addEventListener("error", function (e) {
    body.dataset.jsError = String(e.message || e);
  });

  var D = JSON.parse(document.getElementById("pg-data").textContent);
  var ui = D.ui;

  function fold(s) { return String(s).toLocaleLowerCase(); }

  // Tooltip: a DOM element built from [key, text] lines; key null marks the heading.
  function tipElement(lines) {
    var box = document.createElement("div");
    for (var i = 0; i < lines.length; i++) {
      var key = lines[i][0], text = lines[i][1];
      var line = document.createElement("div");
      if (key === null) {
        line.className = "pg-tip-h";
      } else {
        line.className = "pg-tip-l";
        if (key) {
          var k = document.createElement("span");
          k.className = "pg-tip-k";
          k.textContent = key + ": ";
          line.appendChild(k);
        }
      }
      line.appendChild(document.createTextNode(text));
      box.appendChild(line);
    }
    return box;
  }

  var typeOn = D.types.map(function () { return true; });
  var nodeItems = new Array(D.nodes.length);
  for (var i = 0; i < D.nodes.length; i++) {
    var n = D.nodes[i], t = D.types[n.t];
    nodeItems[i] = {
      id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, shape: t.shape,
      color: { background: t.color, border: t.border,
               highlight: { background: t.color, border: "#111" },
               hover: { background: t.color, border: "#111" } },
      title: tipElement(n.tip)
    };
  }
  var edgeItems = new Array(D.edges.length);
  for (var j = 0; j < D.edges.length; j++) {
    var e = D.edges[j], k = D.kinds[e.k];
    edgeItems[j] = {
      id: j, from: e.from, to: e.to, width: e.w, dashes: k.dashes,
      arrows: e.a ? { to: { enabled: true, scaleFactor: 0.5 } } : undefined,
      color: { color: k.color, highlight: "#111", hover: "#111", opacity: 0.8 },
      title: tipElement(e.tip)
    };
  }

  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var big = D.nodes.length > 1000;
  var container = document.getElementById("pg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   keyboard: false, navigationButtons: false },
    nodes: { borderWidth: 1, font: { size: 14, face: "system-ui, Arial, sans-serif" } },
    edges: { smooth: false, selectionWidth: 2 }
  });
  window.pgView = { network: network, nodes: nodes, edges: edges, data: D };

  function report() {
    body.dataset.nodes = String(network.body.nodeIndices.length);
    body.dataset.edges = String(network.body.edgeIndices.length);
  }

  network.once("afterDrawing", function () {
    report();
    // Proof that the canvas was painted: count non-transparent pixels (every 4th one).
    var canvas = container.querySelector("canvas");
    var painted = 0;
    try {
      var px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      for (var p = 3; p < px.length; p += 16) { if (px[p] !== 0) { painted++; } }
    } catch (err) { painted = -1; }
    body.dataset.painted = String(painted);
    body.dataset.drawMs = String(Math.round(performance.now()));
    body.dataset.ready = "1";
  });

  // ---- filters: by entity type (legend check boxes) and by announcement year
  var yearSelect = document.getElementById("pg-year");
  var nodeShown = {};
  for (var a = 0; a < D.nodes.length; a++) { nodeShown[D.nodes[a].id] = true; }

  function applyFilters() {
    var year = yearSelect.value ? parseInt(yearSelect.value, 10) : null;
    var nodeUpdates = [], edgeUpdates = [], shownCount = 0;
    for (var i = 0; i < D.nodes.length; i++) {
      var n = D.nodes[i];
      var show = typeOn[n.t] && (year === null || n.yr.indexOf(year) >= 0);
      if (show !== nodeShown[n.id]) { nodeUpdates.push({ id: n.id, hidden: !show }); }
      nodeShown[n.id] = show;
      if (show) { shownCount++; }
    }
    for (var j = 0; j < D.edges.length; j++) {
      var e = D.edges[j];
      var ok = nodeShown[e.from] && nodeShown[e.to] &&
               (year === null || e.yr.length === 0 || e.yr.indexOf(year) >= 0);
      edgeUpdates.push({ id: j, hidden: !ok });
    }
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    body.dataset.visibleNodes = String(shownCount);
    network.once("afterDrawing", report);
    network.redraw();
  }
  yearSelect.addEventListener("change", applyFilters);
  var boxes = document.querySelectorAll("#pg-legend input[data-type]");
  for (var b = 0; b < boxes.length; b++) {
    boxes[b].addEventListener("change", function (ev) {
      typeOn[parseInt(ev.target.getAttribute("data-type"), 10)] = ev.target.checked;
      applyFilters();
    });
  }

  // ---- search: type a name (or alias), the node is selected and focused
  var search = document.getElementById("pg-search");
  var status = document.getElementById("pg-status");
  var list = document.getElementById("pg-names");
  var seen = {};
  for (var s = 0; s < D.nodes.length; s++) {
    var lab = D.nodes[s].label;
    if (!seen[lab]) {
      seen[lab] = true;
      var opt = document.createElement("option");
      opt.value = lab;
      list.appendChild(opt);
    }
  }

  function find(query) {
    var q = fold(query).trim();
    if (!q) { return null; }
    var passes = [
      function (name) { return name === q; },
      function (name) { return name.indexOf(q) === 0; },
      function (name) { return name.indexOf(q) >= 0; }
    ];
    for (var p = 0; p < passes.length; p++) {
      for (var i = 0; i < D.nodes.length; i++) {
        var names = D.nodes[i].names;
        for (var k = 0; k < names.length; k++) {
          if (passes[p](fold(names[k]))) { return D.nodes[i]; }
        }
      }
    }
    return null;
  }

  function go() {
    var hit = find(search.value);
    if (!hit) {
      status.textContent = search.value ? ui.not_found + " " + search.value : "";
      body.dataset.selected = "";
      return;
    }
    if (!nodeShown[hit.id]) {
      nodes.update([{ id: hit.id, hidden: false }]);
      nodeShown[hit.id] = true;
    }
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.2, animation: false });
    status.textContent = hit.label;
    body.dataset.selected = String(hit.id);
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { go(); } });
  document.getElementById("pg-go").addEventListener("click", go);
  document.getElementById("pg-fit").addEventListener("click", function () {
    network.unselectAll();
    network.fit({ animation: false });
  });
})();
