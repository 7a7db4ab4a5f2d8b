// The map: Afghan and Pakistani provinces shaded by incidents (geoBoundaries, Natural Earth),
// incident points sized by deaths and coloured by how precisely their place is known, gathered
// into clusters (leaflet.markercluster) where they overlap, a legend, a month slider whose state
// lives in the address, and the view fitted to what the filters chose. All from this server.
(function () {
  "use strict";
  var el = document.getElementById("map"), status = document.getElementById("map-status");
  if (!el || typeof L === "undefined" || typeof L.markerClusterGroup === "undefined") {
    if (status) { status.textContent = "Map library not installed (run make setup)."; }
    return;
  }
  var SHADES = ["#f4f1ea", "#fde0c5", "#facba6", "#f8b58b", "#f59e72", "#f2855d", "#ef6a4c", "#eb4a40"];
  // UCDP-style precision: 1 the exact place, 2 within 25 km, 3 the district, 4+ the province's centroid.
  var PRECISION = [
    { upTo: 1, colour: "#1b3f7a", label: "exact place" },
    { upTo: 2, colour: "#4f83cc", label: "near the place (within 25 km)" },
    { upTo: 3, colour: "#d98a1c", label: "district" },
    { upTo: 99, colour: "#8a8a8a", label: "province centroid (place not known more closely)" }
  ];
  var UNKNOWN = { colour: "#ffffff", label: "place precision unknown" };
  // No tile layer sets a zoom range, and the clusters need one.
  var map = L.map(el, { zoomSnap: 0.25, minZoom: 4, maxZoom: 14 }).fitBounds([[24.0, 60.5], [37.5, 77.5]]);
  map.attributionControl.setPrefix("Leaflet · boundaries: geoBoundaries, Natural Earth");
  // The shading's top: the busiest province over all the slider's months, kept while the slider
  // moves, so one colour means one count in every range (a scale that followed the range would
  // paint one incident in a quiet month like forty in a busy one).
  var counts = {}, max = 1, provinces = null;
  var clusters = L.markerClusterGroup({
    maxClusterRadius: 36, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
    iconCreateFunction: function (c) {
      var n = c.getChildCount(), size = n < 10 ? 30 : n < 100 ? 36 : 44;
      return L.divIcon({ className: "incident-cluster", iconSize: [size, size], html: "<span>" + n + "</span>" });
    }
  }).addTo(map);

  function get(path) {
    return fetch(path, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(path + ": " + r.status); }
      return r.json();
    });
  }
  function shade(n) {
    return n ? SHADES[1 + Math.min(SHADES.length - 2, Math.floor((n / max) * (SHADES.length - 2)))] : SHADES[0];
  }
  function precision(p) {
    if (p == null) { return UNKNOWN; }
    return PRECISION.filter(function (k) { return p <= k.upTo; })[0];
  }
  function radius(killed) { return 4 + Math.min(14, Math.sqrt(killed || 0) * 1.6); }
  function provinceText(f) {
    var c = counts[f.properties.admin1];
    return f.properties.name + ": " + (c ? c.incidents + " incidents, " + c.killed + " killed" : "no incidents");
  }

  function popup(p, type) {
    var div = document.createElement("div"), a = document.createElement("a"), line = document.createElement("div");
    a.href = "/incidents/" + encodeURIComponent(p[0]);
    a.textContent = "Incident " + p[0];
    line.textContent = type.replace(/_/g, " ") + " · killed " + (p[3] == null ? "?" : p[3]) + " · " + precision(p[5]).label;
    div.appendChild(a);
    div.appendChild(line);
    get("/api/v1/incidents/" + encodeURIComponent(p[0])).then(function (d) {
      a.textContent = d.incident.title || ("Incident " + d.incident.id);  // text, never HTML: titles come from sources
      line.textContent = (d.incident.date || "undated") + " · " + line.textContent;
    }).catch(function () { /* the link still works without the title */ });
    return div;
  }

  function drawPoints(answer) {
    clusters.clearLayers();
    clusters.addLayers(answer.points.map(function (p) {
      var marker = L.circleMarker([p[1], p[2]], { radius: radius(p[3]), color: "#222", weight: 1,
        fillColor: precision(p[5]).colour, fillOpacity: 0.85, className: "incident-marker" });
      marker.bindPopup(function () { return popup(p, answer.types[p[4]] || ""); }, { minWidth: 240 });
      return marker;
    }));
    el.setAttribute("data-points", String(answer.points.length));
    status.textContent = answer.points.length + " incidents shown" +
      (answer.truncated ? " (the deadliest; narrow the filters to see all)" : "") + ".";
  }

  function drawProvinces(shapes) {
    provinces = L.geoJSON(shapes, {
      style: function (f) {
        var c = counts[f.properties.admin1];
        return { color: "#6f6f6f", weight: 1, fillOpacity: 0.8, fillColor: shade(c ? c.incidents : 0),
                 className: "province country-" + f.properties.admin1.slice(0, 2) + " admin1-" + f.properties.admin1 };
      },
      onEachFeature: function (f, layer) {
        layer.bindTooltip(function () { return provinceText(f); }, { sticky: true });
        layer.on("click", function () { window.location = "/incidents?province=" + encodeURIComponent(f.properties.admin1); });
      }
    }).addTo(map);
  }

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () { return L.DomUtil.create("div", "map-legend"); };
  legend.addTo(map);
  function drawLegend() {
    var div = legend.getContainer(), dot = function (r, colour) {
      return "<i class=\"dot\" style=\"width:" + 2 * r + "px;height:" + 2 * r + "px;background:" + colour + "\"></i>";
    };
    div.innerHTML = "<strong>Incidents per province</strong><br>" +
      [0, 1, 3, 5, 7].map(function (i) { return "<i style=\"background:" + SHADES[i] + "\"></i>"; }).join(" ") +
      " <span>none … " + max + " (the most in one province, all months)</span><br><strong>Point size: deaths</strong><br>" +
      [0, 10, 40].map(function (k) { return dot(radius(k), "#bbb") + " " + k + (k === 40 ? "+" : ""); }).join(" ") +
      "<br><strong>Point colour: place known to</strong><br>" +
      PRECISION.concat([UNKNOWN]).map(function (k) { return dot(5, k.colour) + " " + k.label; }).join("<br>") +
      "<br><span class=\"cluster-key\">3</span> incidents too close to tell apart: click to zoom";
  }

  // Slider steps send requests faster than a loaded server answers them, and answers can
  // come back out of order: only the latest request draws, so an older range never
  // overwrites the one the slider shows.
  var latest = 0;
  function load(query) {
    var suffix = query ? "?" + query : "", mine = ++latest;
    return Promise.all([get("/api/v1/map/provinces" + suffix), get("/api/v1/map/points" + suffix)]).then(function (res) {
      if (mine !== latest) { return res[1]; }
      counts = {};
      res[0].forEach(function (p) { counts[p.admin1] = p; max = Math.max(max, p.incidents); });
      if (provinces) { provinces.setStyle(provinces.options.style); }
      drawPoints(res[1]);
      drawLegend();
      return res[1];
    });
  }

  // Zoom to the filter: a province's outline when one is asked for, else the points chosen.
  function fit(answer) {
    var code = el.getAttribute("data-province"), bounds = null;
    if (code && provinces) {
      provinces.eachLayer(function (layer) {
        if (layer.feature.properties.admin1 === code) { bounds = layer.getBounds(); }
      });
      if (bounds) { map.fitBounds(bounds, { padding: [10, 10] }); return; }
    }
    if (el.getAttribute("data-query") && answer.points.length) {
      // Not closer than a city: one point alone would otherwise fill the frame with nothing around it.
      map.fitBounds(L.latLngBounds(answer.points.map(function (p) { return [p[1], p[2]]; })).pad(0.3), { maxZoom: 9 });
    }
  }

  function undated(query) {
    var params = new URLSearchParams(query);
    params.delete("date_from");
    params.delete("date_to");
    return params.toString();
  }

  var query = el.getAttribute("data-query") || "";
  Promise.all([get("/api/v1/map/boundaries"), get("/api/v1/map/provinces?" + undated(query))]).then(function (res) {
    res[1].forEach(function (p) { max = Math.max(max, p.incidents); });
    drawProvinces(res[0]);
    return load(query);
  }).then(function (answer) {
    fit(answer);
    slider();
  }).catch(function (e) { status.textContent = "Could not load the map data: " + e.message; });

  // The month slider: two range inputs over the months of the filtered data. Moving either
  // rewrites date_from/date_to in the address (a reload or a shared link keeps them) and in the
  // filter form, then redraws points and shading for those months.
  function slider() {
    var box = document.getElementById("time-slider");
    if (!box) { return; }
    var months = box.getAttribute("data-months").split(","), from = document.getElementById("slider-from"),
        to = document.getElementById("slider-to"), label = document.getElementById("slider-label");
    var start = box.getAttribute("data-from"), end = box.getAttribute("data-to");
    from.value = String(start ? Math.max(0, months.findIndex(function (m) { return m >= start; })) : 0);
    var last = end ? months.filter(function (m) { return m <= end; }).length - 1 : months.length - 1;
    to.value = String(Math.max(Number(from.value), last));
    function span() {
      var a = Math.min(Number(from.value), Number(to.value)), b = Math.max(Number(from.value), Number(to.value));
      label.textContent = months[a] + " – " + months[b];
      return [a, b];
    }
    function apply() {
      var ab = span(), params = new URLSearchParams(window.location.search), ym = months[ab[1]].split("-");
      var dates = {
        date_from: ab[0] > 0 ? months[ab[0]] + "-01" : "",
        date_to: ab[1] < months.length - 1 ? new Date(Date.UTC(Number(ym[0]), Number(ym[1]), 0)).toISOString().slice(0, 10) : ""
      };
      Object.keys(dates).forEach(function (k) {
        if (dates[k]) { params.set(k, dates[k]); } else { params.delete(k); }
        var input = document.querySelector("form input[name=" + k + "]");
        if (input) { input.value = dates[k]; }
      });
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
      el.setAttribute("data-query", query);
      load(query).catch(function (e) { status.textContent = "Could not load the map data: " + e.message; });
    }
    span();
    [from, to].forEach(function (input) {
      input.addEventListener("input", span);
      input.addEventListener("change", apply);
    });
  }
})();
