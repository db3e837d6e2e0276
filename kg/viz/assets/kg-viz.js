/* kg's HTML network: data, styles, views, hover cards, the entity panel, search, filters, physics toggle.
 *
 * Runs after pyvis' drawGraph(), which leaves the globals `network`, `nodes` and
 * `edges` (empty vis.DataSets). Everything from the graph is read from the JSON
 * block #kg-data and only ever reaches the page through textContent or
 * vis-network's canvas labels, never through innerHTML.
 *
 * Views: a small graph is drawn whole ("all": every entity, literal and statement). A large one
 * (data.view.overview set) opens on an overview: the N most important entities (data.nodes[].rank)
 * joined by their strongest links, one edge per pair (data.pairs: statements, reported speech and
 * co-mentions together); "entities" widens it, a search (or ?focus=NAME&hops=N in the URL) draws
 * the entity and its neighbourhood instead. Only what a view draws is in the vis DataSets.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byNode = {}, byEdge = {};
  data.nodes.forEach(function (n) { byNode[n.id] = n; });
  data.edges.forEach(function (e) { byEdge[e.id] = e; });
  data.pairs.forEach(function (p, i) { p.id = "pair:" + i; p.pair = true; byEdge[p.id] = p; });
  var OVERVIEW = data.view.overview !== null;
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

  /* One edge for everything that joins two entities: thicker for more, purple when someone is
     quoted about the other, pale when they are only named together. */
  function topRelation(p) {
    var names = Object.keys(p.relations);
    if (!names.length) return "";
    names.sort(function (a, b) { return p.relations[b] - p.relations[a] || (a < b ? -1 : 1); });
    return names[0] + (names.length > 1 ? " +" + (names.length - 1) : "");
  }
  function pairStyle(p, labelled) {
    var colour = p.kinds.relation ? "#6b6b6b" : (p.kinds.speech ? "#7b4ea3" : "#bdbdbd");
    return { id: p.id, from: p.from, to: p.to, label: labelled ? topRelation(p) : undefined,
             width: Math.min(8, 1 + Math.log2(p.weight)), smooth: { type: "continuous" },
             color: { color: colour, highlight: "#222", hover: "#222", opacity: 0.8 },
             font: { size: 10, color: "#444", strokeWidth: 2, align: "middle" } };
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

  var pairIndex = null;  // "a\u0000b" (sorted ids) -> the statements between two entities
  function pairKey(a, b) { return a < b ? a + "\u0000" + b : b + "\u0000" + a; }
  function statementsBetween(p) {
    if (!pairIndex) {
      pairIndex = {};
      data.edges.forEach(function (e) {
        if (byNode[e.to].literal || e.from === e.to) return;
        var k = pairKey(e.from, e.to);
        (pairIndex[k] = pairIndex[k] || []).push(e);
      });
    }
    return pairIndex[pairKey(p.from, p.to)] || [];
  }

  function pairCard(p) {
    card.appendChild(el("h2", byNode[p.from].label + " \u2014 " + byNode[p.to].label));
    var rel = Object.keys(p.relations).map(function (r) { return r + " (" + p.relations[r] + ")"; });
    if (rel.length) card.appendChild(row("relations", rel.join(" · ")));
    if (p.kinds.speech) card.appendChild(row("quoted about the other", p.kinds.speech + " statement(s)"));
    if (p.kinds["co-mention"]) card.appendChild(row("named together", p.kinds["co-mention"] + " sentence(s)"));
    card.appendChild(row("articles", p.articles.length));
    card.appendChild(list(statementsBetween(p), 6, function (e) {
      var li = el("li", null, "evidence");
      li.appendChild(el("span", byNode[e.from].label + " " + (e.negated ? "NOT " : "") + e.relation + " " + byNode[e.to].label + ": ", "k"));
      li.appendChild(el("span", e.evidence[0][1], "sentence"));
      return li;
    }));
    if (!rel.length) card.appendChild(list(p.articles, 6, articleItem));
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
    (OVERVIEW ? [["a statement relates them", "#6b6b6b", "solid", 1], ["one quoted about the other", "#7b4ea3", "solid", 1],
                 ["named in one sentence", "#bdbdbd", "solid", 1]]
              : [["asserted", "#8a8a8a", "solid", 1], ["negated", "#d62728", "dashed", 1],
                 ["reported (per speaker)", "#7b4ea3", "dotted", 1], ["hedged", "#8a8a8a", "solid", 0.35]])
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

  function pairInWindow(p, w) {
    return !w || statementsBetween(p).some(function (e) { return inWindow(e, w); });
  }

  function applyFilters() {
    var relation = controls.relation.value, article = controls.article.value;
    var literals = controls.literals.checked;
    var when = timeWindow();
    var nodeOk = {};
    drawn.nodes.forEach(function (n) {
      nodeOk[n.id] = n.literal ? literals : shownTypes[n.type] !== false;
    });
    var touched = {};
    var edgeUpdates = drawn.edges.map(function (e) {
      var ok = nodeOk[e.from] && nodeOk[e.to] && (e.pair
        ? (!relation || e.relations[relation] > 0) && (!article || e.articles.indexOf(article) >= 0) && pairInWindow(e, when)
        : (!relation || e.relation === relation) && (!article || e.articles.indexOf(article) >= 0) && inWindow(e, when));
      if (ok) { touched[e.from] = true; touched[e.to] = true; }
      return { id: e.id, hidden: !ok };
    });
    var narrowed = relation || article || when;
    var visible = 0;
    var nodeUpdates = drawn.nodes.map(function (n) {
      var ok = nodeOk[n.id] && (!narrowed || touched[n.id] || (!relation && !when && n.articles.indexOf(article) >= 0));
      if (ok) visible++;
      return { id: n.id, hidden: !ok };
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    controls.status.textContent = viewText() + visible + " of " + drawn.nodes.length + " nodes shown";
  }

  /* ---- views: what is drawn ----------------------------------------------- */
  var entities = data.nodes.filter(function (n) { return !n.literal; })
    .sort(function (a, b) { return a.rank - b.rank; });
  var adjacency = {};  // entity id -> [[other id, pair], …], strongest first (data.pairs is sorted)
  data.pairs.forEach(function (p) {
    (adjacency[p.from] = adjacency[p.from] || []).push([p.to, p]);
    (adjacency[p.to] = adjacency[p.to] || []).push([p.from, p]);
  });
  var drawn = { nodes: [], edges: [] };
  var view = { mode: OVERVIEW ? "overview" : "all", size: data.view.overview, id: null, hops: 1 };
  controls.view = document.getElementById("kg-view");
  controls.size = document.getElementById("kg-size");
  controls.hops = document.getElementById("kg-hops");
  controls.panel = document.getElementById("kg-panel");

  function viewText() {
    if (view.mode === "overview") {
      return "overview: top " + drawn.nodes.length + " of " + entities.length + " entities by mentions and links \u00b7 ";
    }
    if (view.mode === "focus") {
      return "around " + byNode[view.id].label + ": " + (drawn.nodes.length - 1) + " linked entities within " +
             view.hops + (view.hops === 1 ? " hop" : " hops") + " \u00b7 ";
    }
    return "";
  }

  /* The N first entities by rank and, for each, its strongest links to the others drawn. */
  function overviewItems(size) {
    var keep = {};
    var chosen = entities.slice(0, size);
    chosen.forEach(function (n) { keep[n.id] = true; });
    var count = {}, limit = data.view.edgesPerNode, links = [];
    data.pairs.forEach(function (p) {
      if (!keep[p.from] || !keep[p.to]) return;
      if ((count[p.from] || 0) >= limit && (count[p.to] || 0) >= limit) return;
      count[p.from] = (count[p.from] || 0) + 1;
      count[p.to] = (count[p.to] || 0) + 1;
      links.push(p);
    });
    return { nodes: chosen, edges: links };
  }

  /* The entity, then the entities within `hops` links of it: nearer first, then more strongly
     linked, then higher ranked; at most data.view.focus of them, and every link between those drawn. */
  function focusItems(id, hops) {
    var dist = {}, strength = {};
    dist[id] = 0;
    var frontier = [id];
    for (var h = 1; h <= hops; h++) {
      var next = [];
      frontier.forEach(function (from) {
        (adjacency[from] || []).forEach(function (link) {
          var other = link[0], w = link[1].weight;
          if (dist[other] === undefined) { dist[other] = h; strength[other] = w; next.push(other); }
          else if (dist[other] === h) strength[other] = Math.max(strength[other], w);
        });
      });
      frontier = next;
    }
    var around = Object.keys(dist).filter(function (k) { return k !== id; }).sort(function (a, b) {
      return dist[a] - dist[b] || strength[b] - strength[a] || byNode[a].rank - byNode[b].rank;
    }).slice(0, data.view.focus);
    var keep = {};
    keep[id] = true;
    around.forEach(function (k) { keep[k] = true; });
    return { nodes: [byNode[id]].concat(around.map(function (k) { return byNode[k]; })),
             edges: data.pairs.filter(function (p) { return keep[p.from] && keep[p.to]; }),
             linked: Object.keys(dist).length - 1 };
  }

  var afterDraw = null, drawing = false;
  function draw(items, labelAll, then) {
    drawing = true;
    hideCard();
    pairSeen = {};
    drawn = items;
    nodes.clear();
    edges.clear();
    setPhysics(true);
    afterDraw = then || null;
    nodes.add(items.nodes.map(function (n) {
      var style = nodeStyle(n);
      if (!labelAll && !n.literal) {
        if (n.rank < data.view.labels) style.font = { size: 36 - Math.floor(16 * n.rank / data.view.labels), strokeWidth: 4 };
        else style.label = undefined;
      }
      return style;
    }));
    edges.add(items.edges.map(function (e) { return e.pair ? pairStyle(e, labelAll) : edgeStyle(e); }));
    controls.status.textContent = "laying out " + items.nodes.length + " nodes…";
    started = performance.now();
    // a wider view gets fewer layout steps: each costs more, and a wide view is for a glance
    var n = items.nodes.length;
    network.stabilize(n <= 300 ? data.stabilization : Math.max(50, Math.round(data.stabilization * 300 / n)));
  }

  function showAll() {
    view = { mode: "all", size: null, id: null, hops: view.hops };
    draw({ nodes: data.nodes, edges: data.edges }, true);
  }

  function showOverview(size) {
    view = { mode: "overview", size: size, id: null, hops: view.hops };
    draw(overviewItems(size), false);
  }

  function showFocus(id, hops, then) {
    view = { mode: "focus", size: view.size, id: id, hops: hops };
    draw(focusItems(id, hops), true, function () {
      network.selectNodes([id]);
      showPanel(byNode[id]);
      if (then) then();
    });
  }

  /* ---- the entity panel: who it is, what it said, what others said about it ---- */
  function quotationsOf(n) {
    return data.edges.filter(function (e) { return e.kind === "speech" && e.from === n.id; });
  }
  function saidAbout(n) {
    return data.edges.filter(function (e) {
      return e.kind !== "speech" && e.speaker && e.speaker !== n.label && (e.from === n.id || e.to === n.id);
    });
  }

  function statementItem(e, cls, text) {
    var li = el("li", null, cls);
    li.appendChild(el("span", text, "said"));
    li.appendChild(el("span", " [" + e.articles.join(", ") + "] ", "art"));
    li.appendChild(el("span", e.evidence[0][1], "sentence"));
    return li;
  }

  function showPanel(n) {
    var panel = controls.panel;
    panel.textContent = "";
    panel.dataset.item = n.id;
    var close = el("button", "\u00d7", "close");
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { panel.hidden = true; });
    panel.appendChild(close);
    panel.appendChild(el("h2", n.label));
    panel.appendChild(row("type", n.literal ? "literal object" : n.type));
    if (n.roles.length) panel.appendChild(row("roles", n.roles.join(" · ")));
    if (n.aliases.length) panel.appendChild(row("aliases", n.aliases.join(" · ")));
    if (!n.literal) panel.appendChild(row("mentions", n.mentions + " in " + n.articles.length + " article(s)"));
    if (OVERVIEW && !n.literal && !(view.mode === "focus" && view.id === n.id)) {
      var go = el("button", "Show its neighbourhood", "focus");
      go.type = "button";
      go.addEventListener("click", function () { showFocus(n.id, view.hops); });
      panel.appendChild(go);
    }
    var quotes = quotationsOf(n);
    if (quotes.length || n.type === "PERSON") {
      panel.appendChild(el("h3", "Quotations (" + quotes.length + ")"));
      var ol = el("ol", null, "quotes");
      quotes.forEach(function (e) {
        ol.appendChild(statementItem(e, "quote", "\u201c" + byNode[e.to].label + "\u201d"));
      });
      panel.appendChild(ol);
    }
    var about = saidAbout(n);
    if (about.length) {
      panel.appendChild(el("h3", "Said about " + n.label + " (" + about.length + ")"));
      var ul = el("ul", null, "about");
      about.forEach(function (e) {
        ul.appendChild(statementItem(e, "about", e.speaker + ": " + byNode[e.from].label + " " +
                                     (e.negated ? "NOT " : "") + e.relation + " " + byNode[e.to].label));
      });
      panel.appendChild(ul);
    }
    panel.hidden = false;
  }

  /* ---- search ---------------------------------------------------------- */
  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
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

  function centre(n) {
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    controls.status.textContent = "found " + n.label + " (" + n.type + ")";
  }

  /* On a large graph a search draws the entity's neighbourhood; on a small one it centres the node. */
  function focusNode(query) {
    var n = findNode(query);
    if (!n) {
      controls.status.textContent = "no entity matches \u201c" + query + "\u201d" + (data.total_nodes > data.nodes.length
        ? " among the " + entities.length + " most mentioned and linked this page carries (kg viz GRAPH --focus NAME draws any other)" : "");
      return null;
    }
    if (OVERVIEW) {
      showFocus(n.id, view.hops, function () {
        controls.status.textContent = "found " + n.label + " (" + n.type + ") \u00b7 " + controls.status.textContent;
      });
    } else {
      nodes.update({ id: n.id, hidden: false });
      centre(n);
      showPanel(n);
    }
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
  network.on("hoverEdge", function (p) {
    var e = byEdge[p.edge];
    showCard(e.pair ? pairCard : edgeCard, e, p.pointer.DOM);
  });
  network.on("blurNode", hideCard);
  network.on("blurEdge", hideCard);
  network.on("dragStart", hideCard);
  network.on("zoom", hideCard);
  network.on("click", function (p) { if (p.nodes.length) showPanel(byNode[p.nodes[0]]); });
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
  document.getElementById("kg-overview").addEventListener("click", function () {
    if (OVERVIEW) showOverview(Number(controls.size.value));
    else showAll();
  });
  controls.hops.addEventListener("change", function () {
    view.hops = Number(controls.hops.value);
    if (view.mode === "focus") showFocus(view.id, view.hops);
  });
  if (OVERVIEW) {
    controls.literals.parentNode.hidden = true;  // the overview and focus views draw entities only
    controls.view.hidden = false;
    var sizes = [50, 100, 150, 200, 300, 500, 1000].filter(function (k) { return k < entities.length; });
    if (sizes.indexOf(data.view.overview) < 0) sizes.push(data.view.overview);
    sizes.sort(function (a, b) { return a - b; }).concat([entities.length]).forEach(function (k) {
      option(controls.size, k, k === entities.length ? "all " + k : String(k));
    });
    controls.size.value = String(data.view.overview);
    controls.size.addEventListener("change", function () { showOverview(Number(controls.size.value)); });
  } else {
    controls.size.parentNode.hidden = true;
  }

  var started = performance.now();
  window.kgDraws = 0;
  network.on("stabilizationIterationsDone", function () {
    // once per draw: vis-network may stabilise again on its own after the data changed, and a
    // second fit would move the view off what a search has just centred
    if (!drawing) return;
    drawing = false;
    setPhysics(false);
    network.fit({ animation: false });
    window.kgStabilisedMs = performance.now();
    window.kgLayoutMs = performance.now() - started;
    applyFilters();
    window.kgDraws++;
    if (afterDraw) { var then = afterDraw; afterDraw = null; then(); }
  });

  // ?focus=NAME&hops=N (or #focus=…) opens on that entity's neighbourhood
  var asked = new URLSearchParams(location.search || location.hash.slice(1));
  var start = asked.get("focus") ? findNode(asked.get("focus")) : null;
  if (asked.get("hops") && Number(asked.get("hops")) >= 1) view.hops = Math.min(3, Math.floor(Number(asked.get("hops"))));
  if (controls.hops) controls.hops.value = String(Math.min(view.hops, 2));
  if (start) {
    controls.view.hidden = false;
    showFocus(start.id, view.hops);
  } else if (OVERVIEW) showOverview(data.view.overview);
  else showAll();

  window.kgViz = { data: data, findNode: findNode, focusNode: focusNode, applyFilters: applyFilters,
                   setPhysics: setPhysics, timeRange: timeRange, dayOf: firstDay, showOverview: showOverview,
                   showFocus: showFocus, showAll: showAll, showPanel: showPanel, quotationsOf: quotationsOf,
                   view: function () { return view; }, drawn: function () { return drawn; } };
})();
