/* kg's map of places: dots on the world outlines, hover cards, a click to pin, search, filters.
 *
 * The outlines are SVG paths written into the page (kg/viz/map.py); the places, their
 * statements and the articles are read from the JSON block #kg-data and only ever reach
 * the page through textContent and SVG attributes, never through innerHTML.
 */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var svg = document.getElementById("kg-map");
  var layer = document.getElementById("kg-places");
  var card = document.getElementById("kg-card");
  var controls = {
    search: document.getElementById("kg-search"), article: document.getElementById("kg-article"),
    status: document.getElementById("kg-status"), legend: document.getElementById("kg-legend")
  };
  var byPlace = {}, statementsOf = {}, dots = {}, shownTypes = {}, pinned = null;
  var full = { x: 0, y: 0, w: data.projection.width, h: data.projection.height };
  var view = { x: full.x, y: full.y, w: full.w, h: full.h };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  data.places.forEach(function (p) { byPlace[p.id] = p; statementsOf[p.id] = []; });
  data.statements.forEach(function (s) {
    if (statementsOf[s.from]) statementsOf[s.from].push(s);
    if (statementsOf[s.to] && s.to !== s.from) statementsOf[s.to].push(s);
  });

  function radius(p) { return 2.5 + 2.2 * Math.log2(1 + p.mentions); }

  /* ---- the card: what a place is and what the articles say happened there ---- */
  function row(key, value) {
    var d = el("div");
    d.appendChild(el("span", key + ": ", "k"));
    d.appendChild(el("span", value));
    return d;
  }

  function statementItem(s, withEvidence) {
    var li = el("li", null, "stmt");
    if (s.speaker) li.appendChild(el("span", "per " + s.speaker + ": ", "k"));
    li.appendChild(el("span", s.subject + " "));
    if (s.negated) li.appendChild(el("span", "NOT ", "neg"));
    li.appendChild(el("em", s.relation + (s.modality ? " (" + s.modality + ")" : "")));
    li.appendChild(el("span", " " + s.object));
    li.appendChild(el("span", " [" + s.articles.join(", ") + "]", "art"));
    if (withEvidence && s.evidence.length) {
      var q = el("div", "“" + s.evidence[0][1] + "”", "sentence");
      li.appendChild(q);
    }
    return li;
  }

  function placeCard(p, withEvidence) {
    card.appendChild(el("h2", p.label));
    card.appendChild(row("type", p.type + (p.feature ? " · GeoNames " + p.feature : "")));
    card.appendChild(row("where", p.lat.toFixed(4) + ", " + p.lon.toFixed(4) + (p.country ? " · " + p.country : "")));
    card.appendChild(row("GeoNames", p.geonames));
    if (p.aliases.length) card.appendChild(row("aliases", p.aliases.join(" · ")));
    card.appendChild(row("mentions", p.mentions));
    card.appendChild(row("articles", p.articles.join(", ")));
    var told = visibleStatements(p);
    card.appendChild(row("statements", told.length + (withEvidence ? "" : " (click the place for the sentences)")));
    var ul = el("ul");
    told.slice(0, 30).forEach(function (s) { ul.appendChild(statementItem(s, withEvidence)); });
    if (told.length > 30) ul.appendChild(el("li", "… and " + (told.length - 30) + " more"));
    card.appendChild(ul);
  }

  function showCard(p, event, withEvidence) {
    card.textContent = "";
    card.dataset.item = p.id;
    placeCard(p, withEvidence);
    card.style.display = "block";
    var x = event.clientX + 14, y = event.clientY + 14;
    card.style.left = Math.max(0, Math.min(x, window.innerWidth - card.offsetWidth - 4)) + "px";
    card.style.top = Math.max(0, Math.min(y, window.innerHeight - card.offsetHeight - 4)) + "px";
  }

  function hideCard() {
    if (pinned) return;
    card.style.display = "none";
  }

  function pin(p, event) {
    if (pinned) dots[pinned].classList.remove("picked");
    pinned = null;
    showCard(p, event, true);
    pinned = p.id;
    card.classList.add("pinned");
    dots[p.id].classList.add("picked");
  }

  function unpin() {
    if (pinned) dots[pinned].classList.remove("picked");
    pinned = null;
    card.classList.remove("pinned");
    card.style.display = "none";
  }

  /* ---- filters ---- */
  function visibleStatements(p) {
    var article = controls.article.value;
    return statementsOf[p.id].filter(function (s) { return !article || s.articles.indexOf(article) >= 0; });
  }

  function applyFilters() {
    var article = controls.article.value, shown = 0;
    data.places.forEach(function (p) {
      var ok = shownTypes[p.type] !== false && (!article || p.articles.indexOf(article) >= 0);
      dots[p.id].classList.toggle("hidden", !ok);
      if (ok) shown++;
    });
    controls.status.textContent = shown + " of " + data.places.length + " places shown";
  }

  function option(select, value, text) {
    var o = el("option", text);
    o.value = value;
    select.appendChild(o);
  }

  function fillControls() {
    Object.keys(data.articles).sort().forEach(function (a) {
      var title = data.articles[a];
      option(controls.article, a, title ? a + " — " + title.slice(0, 60) : a);
    });
    var names = document.getElementById("kg-names");
    data.places.forEach(function (p) { option(names, p.label); });
    var counts = {};
    data.places.forEach(function (p) { counts[p.type] = (counts[p.type] || 0) + 1; });
    Object.keys(counts).sort().forEach(function (type) {
      shownTypes[type] = true;
      var label = el("label"), box = el("input"), swatch = el("span", null, "swatch");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.type = type;
      box.addEventListener("change", function () { shownTypes[type] = box.checked; applyFilters(); });
      swatch.style.background = data.types[type] || "#9c755f";
      label.appendChild(box);
      label.appendChild(swatch);
      label.appendChild(el("span", type + " (" + counts[type] + ")"));
      controls.legend.appendChild(label);
    });
    controls.legend.appendChild(el("span", "· dots sized by mentions; outlines: Natural Earth 1:110m (countryinfo)", "k"));
  }

  /* ---- zoom and pan (the viewBox) ---- */
  function setView(v) {
    view = v;
    svg.setAttribute("viewBox", [v.x, v.y, v.w, v.h].map(function (n) { return n.toFixed(2); }).join(" "));
  }

  function svgPoint(event) {
    var pt = svg.createSVGPoint();
    pt.x = event.clientX;
    pt.y = event.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }

  function zoomAt(x, y, factor) {
    var w = Math.min(full.w, Math.max(full.w / 64, view.w * factor)), h = w * full.h / full.w;
    setView({ x: x - (x - view.x) * w / view.w, y: y - (y - view.y) * h / view.h, w: w, h: h });
  }

  function focusPlace(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var hit = data.places.filter(function (p) { return p.label.toLowerCase() === q; })[0] ||
      data.places.filter(function (p) { return p.aliases.some(function (a) { return a.toLowerCase() === q; }); })[0] ||
      data.places.filter(function (p) { return p.label.toLowerCase().indexOf(q) >= 0; })[0];
    if (!hit) { controls.status.textContent = "no place matches “" + query + "”"; return null; }
    var w = full.w / 8, h = full.h / 8;
    setView({ x: hit.xy[0] - w / 2, y: hit.xy[1] - h / 2, w: w, h: h });
    controls.status.textContent = "found " + hit.label + " (" + hit.type + ")";
    return hit.id;
  }

  /* ---- start ---- */
  var told = {};
  data.places.forEach(function (p) { if (p.country) told[p.country] = true; });
  Array.prototype.forEach.call(document.querySelectorAll("#kg-countries .country"), function (path) {
    if (told[path.getAttribute("data-iso")]) path.classList.add("told");
  });
  data.places.slice().sort(function (a, b) { return b.mentions - a.mentions; }).forEach(function (p) {
    var dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("class", "place");
    dot.setAttribute("cx", p.xy[0]);
    dot.setAttribute("cy", p.xy[1]);
    dot.setAttribute("r", radius(p).toFixed(2));
    dot.setAttribute("fill", data.types[p.type] || "#9c755f");
    dot.setAttribute("data-id", p.id);
    dot.addEventListener("mouseenter", function (ev) { if (!pinned) showCard(p, ev, false); });
    dot.addEventListener("mouseleave", hideCard);
    dot.addEventListener("click", function (ev) { ev.stopPropagation(); pin(p, ev); });
    layer.appendChild(dot);
    dots[p.id] = dot;
    if (p.mentions >= 2) {
      var name = document.createElementNS(SVG, "text");
      name.setAttribute("class", "name");
      name.setAttribute("x", (p.xy[0] + radius(p) + 1).toFixed(2));
      name.setAttribute("y", (p.xy[1] + 3).toFixed(2));
      name.textContent = p.label;
      layer.appendChild(name);
    }
  });
  fillControls();
  applyFilters();

  var drag = null;
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var at = svgPoint(ev);
    zoomAt(at.x, at.y, ev.deltaY < 0 ? 0.8 : 1.25);
  }, { passive: false });
  svg.addEventListener("mousedown", function (ev) { drag = { at: svgPoint(ev), moved: false }; svg.classList.add("dragging"); });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var at = svgPoint(ev);
    drag.moved = true;
    setView({ x: view.x + drag.at.x - at.x, y: view.y + drag.at.y - at.y, w: view.w, h: view.h });
  });
  window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("dragging"); });
  svg.addEventListener("click", function () { unpin(); });
  document.getElementById("kg-reset").addEventListener("click", function () { setView(full); });
  document.getElementById("kg-find").addEventListener("submit", function (ev) {
    ev.preventDefault();
    focusPlace(controls.search.value);
  });
  controls.article.addEventListener("change", applyFilters);

  window.kgMap = { data: data, dots: dots, focusPlace: focusPlace, applyFilters: applyFilters, setView: setView,
                   pin: pin, unpin: unpin };
  window.kgMapReady = true;
})();
