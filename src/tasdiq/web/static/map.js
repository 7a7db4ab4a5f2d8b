// The map: Afghan provinces shaded by incidents (geoBoundaries), Pakistan's outline (Natural
// Earth) with a circle per province, incident points merged where they overlap, a legend, and
// the view fitted to what the filters chose. All from this server: no tiles, nothing leaks.
(function () {
  "use strict";
  var el = document.getElementById("map"), status = document.getElementById("map-status");
  if (!el || typeof L === "undefined") { if (status) { status.textContent = "Map library not installed (run make setup)."; } return; }
  var query = el.getAttribute("data-query") || "";
  var map = L.map(el, { zoomSnap: 0.25 }).fitBounds([[24.0, 60.5], [37.5, 77.5]]);
  map.attributionControl.setPrefix("Leaflet · boundaries: geoBoundaries, Natural Earth");
  function get(path) {
    return fetch(path, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(path + ": " + r.status); }
      return r.json();
    });
  }
  function colour(n, max) {
    if (!n) { return "#f4f1ea"; }
    var steps = ["#fde0c5", "#facba6", "#f8b58b", "#f59e72", "#f2855d", "#ef6a4c", "#eb4a40"];
    return steps[Math.min(steps.length - 1, Math.floor((n / max) * (steps.length - 1)))];
  }
  var suffix = query ? "?" + query : "";
  function popup(p, type) {
    var div = document.createElement("div"), a = document.createElement("a");
    a.href = "/incidents/" + encodeURIComponent(p[0]);
    a.textContent = "Incident " + p[0];
    div.appendChild(a);
    var line = document.createElement("div");
    line.textContent = type.replace(/_/g, " ") + " · killed " + (p[3] == null ? "?" : p[3]);
    div.appendChild(line);
    get("/api/v1/incidents/" + encodeURIComponent(p[0])).then(function (d) {
      var i = d.incident;
      a.textContent = i.title || ("Incident " + i.id);  // text, never HTML: titles come from sources
      // UCDP-style precision: 1 the exact place, 2 within 25 km, 3 district, 4 province centroid ...
      var where = i.geo_precision == null ? "place precision unknown" : i.geo_precision <= 1 ? "exact place"
        : i.geo_precision === 2 ? "near the place (within 25 km)" : i.geo_precision === 3 ? "district"
        : "province centroid (place not known more closely)";
      line.textContent = (i.date || "undated") + " · " + line.textContent + " · " + where;
    }).catch(function () { /* the link still works without the title */ });
    return div;
  }
  Promise.all([get("/api/v1/map/boundaries"), get("/api/v1/map/provinces" + suffix), get("/api/v1/map/points" + suffix)])
    .then(function (res) {
      var shapes = res[0], counts = {}, max = 1;
      res[1].forEach(function (p) { counts[p.admin1] = p; max = Math.max(max, p.incidents); });
      var areas = { type: "FeatureCollection", features: shapes.features.filter(function (f) { return f.geometry.type !== "Point"; }) };
      L.geoJSON(areas, {
        style: function (f) {
          if (f.properties.kind === "country") { return { color: "#555", weight: 1.5, fillColor: "#f4f1ea", fillOpacity: 0.8 }; }
          var c = counts[f.properties.admin1];
          return { color: "#777", weight: 1, fillOpacity: 0.8, fillColor: colour(c ? c.incidents : 0, max) };
        },
        onEachFeature: function (f, layer) {
          if (!f.properties.admin1) { return; }
          var c = counts[f.properties.admin1];
          layer.bindTooltip(f.properties.name + ": " + (c ? c.incidents + " incidents, " + c.killed + " killed" : "no incidents"));
          layer.on("click", function () { window.location = "/incidents?province=" + encodeURIComponent(f.properties.admin1); });
        }
      }).addTo(map);
      // Pakistan's provinces as shaded squares at their centres (no admin-1 polygons are shipped for it).
      shapes.features.filter(function (f) { return f.properties.kind === "province-point"; }).forEach(function (f) {
        var c = counts[f.properties.admin1], ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var box = L.marker(ll, { icon: L.divIcon({ className: "pk-province", iconSize: [22, 22],
          html: "<span style=\"background:" + colour(c ? c.incidents : 0, max) + "\"></span>" }), keyboard: false, zIndexOffset: -500 }).addTo(map);
        box.bindTooltip(f.properties.name + ": " + (c ? c.incidents + " incidents, " + c.killed + " killed" : "no incidents"));
        box.on("click", function () { window.location = "/incidents?province=" + encodeURIComponent(f.properties.admin1); });
      });
      // Points come compact ([id, lat, lon, killed, type index]); a popup asks for its incident on click.
      var answer = res[2], types = answer.types, layer = L.layerGroup().addTo(map);
      function draw() {
        // Points closer than 14 px at this zoom are drawn as one circle with their count: the
        // Kabul points no longer hide each other, and zooming in separates them again.
        layer.clearLayers();
        var cells = {};
        answer.points.forEach(function (p) {
          var xy = map.latLngToLayerPoint([p[1], p[2]]), key = Math.round(xy.x / 14) + ":" + Math.round(xy.y / 14);
          (cells[key] = cells[key] || []).push(p);
        });
        Object.keys(cells).forEach(function (key) {
          var group = cells[key], p = group[0];
          if (group.length === 1) {
            var k = p[3] || 0;
            var marker = L.circleMarker([p[1], p[2]], { radius: 3 + Math.min(12, Math.sqrt(k) * 1.5), color: "#222",
              weight: 1, fillColor: "#2b4c7e", fillOpacity: 0.75, className: "incident-marker" }).addTo(layer);
            marker.bindPopup(function () { return popup(p, types[p[4]] || ""); }, { minWidth: 240 });
            return;
          }
          var lat = 0, lon = 0;
          group.forEach(function (q) { lat += q[1]; lon += q[2]; });
          var cluster = L.marker([lat / group.length, lon / group.length], { icon: L.divIcon({ className: "incident-cluster",
            iconSize: [30, 30], html: "<span>" + group.length + "</span>" }) }).addTo(layer);
          cluster.bindTooltip(group.length + " incidents here: zoom in to separate them");
          cluster.on("click", function () { map.setView(cluster.getLatLng(), Math.min(map.getZoom() + 2, 14)); });
        });
      }
      map.on("zoomend", draw);
      // Zoom to what the filters chose: the points if any, else the province asked for.
      var pts = answer.points.map(function (p) { return [p[1], p[2]]; });
      if (query && pts.length) { map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 9 }); }
      draw();
      var legend = L.control({ position: "bottomright" });
      legend.onAdd = function () {
        var div = L.DomUtil.create("div", "map-legend");
        div.innerHTML = "<strong>Incidents per province</strong><br>" +
          ["#f4f1ea", "#fde0c5", "#f8b58b", "#f2855d", "#eb4a40"].map(function (c, i) {
            return "<i style=\"background:" + c + "\"></i>" + (i === 0 ? "none" : i === 4 ? max : "") ; }).join(" ") +
          "<br><strong>Points</strong>: one incident, sized by deaths (<i class=\"dot small\"></i> 0 · <i class=\"dot big\"></i> 40+)" +
          "<br><span class=\"cluster-key\">3</span> incidents too close to tell apart<br>Squares: Pakistani provinces (centres)";
        return div;
      };
      legend.addTo(map);
      el.setAttribute("data-points", String(answer.points.length));
      status.textContent = answer.points.length + " incidents shown" + (answer.truncated ? " (the deadliest; narrow the filters to see all)" : "") + ".";
    })
    .catch(function (e) { status.textContent = "Could not load the map data: " + e.message; });
})();
