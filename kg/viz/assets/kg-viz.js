/* kg's HTML network: data, styles, hover cards, search, filters, physics toggle.
 *
 * Runs after pyvis' drawGraph(), which leaves the globals `network`, `nodes` and
 * `edges` (empty vis.DataSets). Everything from the graph is read from the JSON
 * block #kg-data and only ever reaches the page through textContent or
 * vis-network's canvas labels, never through innerHTML.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byNode = {}, byEdge = {};
  data.nodes.forEach(function (n) { byNode[n.id] = n; });
  data.edges.forEach(function (e) { byEdge[e.id] = e; });
  var PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#edc948", "#76b7b2",
                 "#ff9da7", "#9c755f", "#8cd17d", "#b6992d", "#499894", "#d37295", "#a0cbe8"];
  var LITERAL = "LITERAL";

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  var communitySize = {};
  data.nodes.forEach(function (n) { if (n.community !== null) communitySize[n.community] = (communitySize[n.community] || 0) + 1; });

  function nodeColour(n) {
    if (n.literal) return "#c8c4c0";
    if (data.communities && n.community !== null) {
      // Entities alone in their community stay pale, so the colours mark real groups.
      return communitySize[n.community] > 1 ? PALETTE[n.community % PALETTE.length] : "#dddddd";
    }
    return data.types[n.type] || "#9c755f";
  }

  /* vis-network draws parallel edges on top of each other: bend the 2nd, 3rd … apart. */
  var pairSeen = {};
  function curve(e) {
    var key = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
    var k = pairSeen[key] = (pairSeen[key] || 0) + 1;
    if (k === 1) return { type: "continuous" };
    var clockwise = (k % 2 === 0) === (e.from < e.to);
    return { type: clockwise ? "curvedCW" : "curvedCCW", roundness: 0.25 * Math.ceil((k - 1) / 2) };
  }

  function edgeStyle(e) {
    var colour = e.negated ? "#d62728" : (e.speaker ? "#7b4ea3" : "#8a8a8a");
    var label = (e.negated ? "NOT " : "") + e.relation;
    if (e.modality) label += " (" + e.modality + ")";
    if (e.speaker) label += " — per " + e.speaker;
    return {
      id: e.id, from: e.from, to: e.to, label: label, arrows: "to",
      dashes: e.negated ? [8, 5] : (e.speaker ? [2, 4] : false), smooth: curve(e),
      width: 1 + Math.log2(e.articles.length),
      color: { color: colour, highlight: colour, hover: colour, opacity: e.modality ? 0.35 : 1 },
      font: { size: 10, color: e.modality ? "#999" : "#444", strokeWidth: 2, align: "middle" }
    };
  }

  function nodeStyle(n) {
    var colour = nodeColour(n);
    if (n.literal) {
      return { id: n.id, label: n.label || "(empty)", shape: "dot", size: 5, color: colour,
               font: { size: 10, color: "#777" } };
    }
    return { id: n.id, label: n.label, shape: "dot", size: Math.min(48, 8 + 5 * Math.log2(1 + n.mentions)),
             color: { background: colour, border: colour, highlight: { background: colour, border: "#222" } },
             font: { size: 12 + Math.min(8, Math.round(Math.log2(1 + n.mentions))) } };
  }

  /* ---- hover card ---------------------------------------------------- */
  var card = document.getElementById("kg-card");

  function row(key, value) {
    var p = el("div");
    p.appendChild(el("span", key + ": ", "k"));
    p.appendChild(el("span", value));
    return p;
  }

  function list(items, limit, render) {
    var ul = el("ul");
    items.slice(0, limit).forEach(function (item) { ul.appendChild(render(item)); });
    if (items.length > limit) ul.appendChild(el("li", "… and " + (items.length - limit) + " more"));
    return ul;
  }

  function articleItem(id) {
    var li = el("li");
    li.appendChild(el("span", id, "art"));
    if (data.articles[id]) li.appendChild(el("span", " " + data.articles[id]));
    return li;
  }

  function nodeCard(n) {
    card.appendChild(el("h2", n.label));
    card.appendChild(row("type", n.literal ? "literal object" : n.type));
    if (n.aliases.length) card.appendChild(row("aliases", n.aliases.join(" · ")));
    if (n.roles.length) card.appendChild(row("roles", n.roles.join(" · ")));
    if (!n.literal) card.appendChild(row("mentions", n.mentions));
    if (data.communities && n.community !== null) card.appendChild(row("community", n.community + 1));
    card.appendChild(row("articles", n.articles.length));
    card.appendChild(list(n.articles, 8, articleItem));
  }

  function edgeCard(e) {
    var head = el("h2");
    head.appendChild(el("span", byNode[e.from].label + " "));
    head.appendChild(el("em", (e.negated ? "NOT " : "") + e.relation));
    head.appendChild(el("span", " " + byNode[e.to].label));
    card.appendChild(head);
    card.appendChild(row("as written", e.written.join(" · ")));
    if (e.negated) card.appendChild(row("negated", "yes"));
    if (e.modality) card.appendChild(row("hedged", e.modality));
    if (e.speaker) card.appendChild(row("reported by", e.speaker));
    if (e.times.length) {
      card.appendChild(row("when", e.times.map(function (t) { return t[0] + " (\u201c" + t[1] + "\u201d)"; }).join(" · ")));
    }
    card.appendChild(row("articles", e.articles.length));
    card.appendChild(list(e.evidence, 8, function (ev) {
      var li = el("li", null, "evidence");
      li.appendChild(el("span", "[" + ev[0] + "] ", "art"));
      li.appendChild(el("span", ev[1], "sentence"));
      return li;
    }));
  }

  function showCard(fill, item, pointer) {
    card.textContent = "";
    card.dataset.item = item.id;  // which node or edge the card describes
    fill(item);
    var box = document.getElementById("mynetwork").getBoundingClientRect();
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    card.style.display = "block";
    card.style.left = Math.max(0, Math.min(x, window.innerWidth - card.offsetWidth - 4)) + "px";
    card.style.top = Math.max(0, Math.min(y, window.innerHeight - card.offsetHeight - 4)) + "px";
  }

  function hideCard() { card.style.display = "none"; }

  /* ---- time: days since 1970 of the first and last day an ISO value covers ---- */
  function firstDay(iso) {
    var p = iso.split("-").map(Number);
    return Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1) / 86400000;
  }
  function lastDay(iso) {
    var p = iso.split("-").map(Number);
    if (p.length >= 3) return Date.UTC(p[0], p[1] - 1, p[2]) / 86400000;
    if (p.length === 2) return Date.UTC(p[0], p[1], 0) / 86400000;  // day 0 of the next month
    return Date.UTC(p[0], 11, 31) / 86400000;
  }
  function span(value) {
    var ends = value.split("/");
    return [firstDay(ends[0]), lastDay(ends[ends.length - 1])];
  }
  function dayText(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
  var timeRange = null;  // [first, last] day of all dated statements
  data.edges.forEach(function (e) {
    e.spans = e.times.map(function (t) { return span(t[0]); });
    e.spans.forEach(function (s) {
      timeRange = timeRange ? [Math.min(timeRange[0], s[0]), Math.max(timeRange[1], s[1])] : s.slice();
    });
  });

  /* ---- filters ---------------------------------------------------------- */
  var controls = {
    search: document.getElementById("kg-search"),
    relation: document.getElementById("kg-relation"),
    article: document.getElementById("kg-article"),
    literals: document.getElementById("kg-literals"),
    time: document.getElementById("kg-time"),
    timeFrom: document.getElementById("kg-time-from"),
    timeTo: document.getElementById("kg-time-to"),
    timeLabel: document.getElementById("kg-time-label"),
    physics: document.getElementById("kg-physics"),
    status: document.getElementById("kg-status"),
    legend: document.getElementById("kg-legend")
  };
  var shownTypes = {};

  function option(select, value, text) {
    var o = el("option", text);
    o.value = value;
    select.appendChild(o);
  }

  function fillControls() {
    var relations = {};
    data.edges.forEach(function (e) { relations[e.relation] = (relations[e.relation] || 0) + 1; });
    Object.keys(relations).sort(function (a, b) { return relations[b] - relations[a] || (a < b ? -1 : 1); })
      .forEach(function (r) { option(controls.relation, r, r + " (" + relations[r] + ")"); });
    Object.keys(data.articles).sort().forEach(function (a) {
      var title = data.articles[a];
      option(controls.article, a, title ? a + " — " + title.slice(0, 60) : a);
    });
    var names = document.getElementById("kg-names");
    data.nodes.forEach(function (n) { if (!n.literal) option(names, n.label); });

    var counts = {};
    data.nodes.forEach(function (n) { if (!n.literal) counts[n.type] = (counts[n.type] || 0) + 1; });
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).forEach(function (type) {
      shownTypes[type] = true;
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.type = type;
      box.addEventListener("change", function () { shownTypes[type] = box.checked; applyFilters(); });
      label.appendChild(box);
      var swatch = el("span", null, "swatch");
      swatch.style.background = data.communities ? "transparent" : (data.types[type] || "#9c755f");
      swatch.style.border = "1px solid " + (data.types[type] || "#9c755f");
      label.appendChild(swatch);
      label.appendChild(el("span", type + " (" + counts[type] + ")"));
      controls.legend.appendChild(label);
    });
    controls.legend.appendChild(el("span", "|", "sep"));
    [["asserted", "#8a8a8a", "solid", 1], ["negated", "#d62728", "dashed", 1],
     ["reported (per speaker)", "#7b4ea3", "dotted", 1], ["hedged", "#8a8a8a", "solid", 0.35]]
      .forEach(function (s) {
        var span = el("span");
        var line = el("span", null, "line");
        line.style.borderTop = "2px " + s[2] + " " + s[1];
        line.style.opacity = s[3];
        span.appendChild(line);
        span.appendChild(el("span", s[0]));
        controls.legend.appendChild(span);
      });
    if (data.communities) controls.legend.appendChild(el("span", "· nodes coloured by community (networkx Louvain)"));
    if (timeRange) {
      [controls.timeFrom, controls.timeTo].forEach(function (input) {
        input.min = timeRange[0];
        input.max = timeRange[1];
        input.step = 1;
      });
      controls.timeFrom.value = timeRange[0];
      controls.timeTo.value = timeRange[1];
      controls.time.hidden = false;
      showTimeLabel();
    }
  }

  /* The time filter: while the range is narrower than all dated statements, only the edges
     with a time overlapping it are shown (undated ones hidden). */
  function timeWindow() {
    if (!timeRange) return null;
    var from = Number(controls.timeFrom.value), to = Number(controls.timeTo.value);
    if (from > to) { var t = from; from = to; to = t; }
    return from <= timeRange[0] && to >= timeRange[1] ? null : [from, to];
  }
  function showTimeLabel() {
    var w = timeWindow() || timeRange;
    controls.timeLabel.textContent = dayText(w[0]) + " – " + dayText(w[1]) + (timeWindow() ? "" : " (all statements)");
  }
  function inWindow(e, w) {
    return !w || e.spans.some(function (s) { return s[0] <= w[1] && s[1] >= w[0]; });
  }

  function applyFilters() {
    var relation = controls.relation.value, article = controls.article.value;
    var literals = controls.literals.checked;
    var when = timeWindow();
    var nodeOk = {};
    data.nodes.forEach(function (n) {
      nodeOk[n.id] = n.literal ? literals : shownTypes[n.type] !== false;
    });
    var touched = {};
    var edgeUpdates = data.edges.map(function (e) {
      var ok = nodeOk[e.from] && nodeOk[e.to] && (!relation || e.relation === relation) &&
               (!article || e.articles.indexOf(article) >= 0) && inWindow(e, when);
      if (ok) { touched[e.from] = true; touched[e.to] = true; }
      return { id: e.id, hidden: !ok };
    });
    var narrowed = relation || article || when;
    var visible = 0;
    var nodeUpdates = data.nodes.map(function (n) {
      var ok = nodeOk[n.id] && (!narrowed || touched[n.id] || (!relation && !when && n.articles.indexOf(article) >= 0));
      if (ok) visible++;
      return { id: n.id, hidden: !ok };
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    controls.status.textContent = visible + " of " + data.nodes.length + " nodes shown";
  }

  /* ---- search ---------------------------------------------------------- */
  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var entities = data.nodes.filter(function (n) { return !n.literal; });
    var tests = [
      function (n) { return n.label.toLowerCase() === q; },
      function (n) { return n.aliases.some(function (a) { return a.toLowerCase() === q; }); },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) >= 0; },
      function (n) { return n.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }); }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hits = entities.filter(tests[i]);
      if (hits.length) return hits.sort(function (a, b) { return b.mentions - a.mentions; })[0];
    }
    return null;
  }

  function focusNode(query) {
    var n = findNode(query);
    if (!n) { controls.status.textContent = "no entity matches “" + query + "”"; return null; }
    nodes.update({ id: n.id, hidden: false });
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    controls.status.textContent = "found " + n.label + " (" + n.type + ")";
    return n.id;
  }

  /* ---- physics ---------------------------------------------------------- */
  var running = true;
  function setPhysics(on) {
    running = on;
    network.setOptions({ physics: { enabled: on } });
    controls.physics.textContent = on ? "Freeze layout" : "Resume physics";
  }

  /* ---- start ---------------------------------------------------------- */
  fillControls();
  network.setOptions({ interaction: { hover: true, tooltipDelay: 100 } });
  network.on("hoverNode", function (p) { showCard(nodeCard, byNode[p.node], p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showCard(edgeCard, byEdge[p.edge], p.pointer.DOM); });
  network.on("blurNode", hideCard);
  network.on("blurEdge", hideCard);
  network.on("dragStart", hideCard);
  network.on("zoom", hideCard);
  document.getElementById("kg-find").addEventListener("submit", function (ev) {
    ev.preventDefault();
    focusNode(controls.search.value);
  });
  controls.relation.addEventListener("change", applyFilters);
  controls.article.addEventListener("change", applyFilters);
  controls.literals.addEventListener("change", applyFilters);
  [controls.timeFrom, controls.timeTo].forEach(function (input) {
    input.addEventListener("input", function () { showTimeLabel(); applyFilters(); });
  });
  controls.physics.addEventListener("click", function () { setPhysics(!running); });

  var started = performance.now();
  controls.status.textContent = "laying out " + data.nodes.length + " nodes…";
  network.once("stabilizationIterationsDone", function () {
    setPhysics(false);
    network.fit({ animation: false });
    window.kgStabilisedMs = performance.now();
    window.kgLayoutMs = performance.now() - started;
    applyFilters();
  });
  nodes.add(data.nodes.map(nodeStyle));
  edges.add(data.edges.map(edgeStyle));
  network.stabilize(data.stabilization);

  window.kgViz = { data: data, findNode: findNode, focusNode: focusNode, applyFilters: applyFilters,
                   setPhysics: setPhysics, timeRange: timeRange, dayOf: firstDay };
})();
