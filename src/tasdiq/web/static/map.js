// The map: province choropleth from the shipped geoBoundaries file and incident points,
// all from this server. No tile layer: the map must work offline and leak nothing.
(function () {
  "use strict";
  var el = document.getElementById("map"), status = document.getElementById("map-status");
  if (!el || typeof L === "undefined") { if (status) { status.textContent = "Map library not installed (run make setup)."; } return; }
  var query = el.getAttribute("data-query") || "";
  var map = L.map(el, { zoomSnap: 0.25 }).fitBounds([[29.0, 60.5], [37.5, 74.5]]);
  map.attributionControl.setPrefix("Leaflet · boundaries: geoBoundaries");
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
  Promise.all([get("/api/v1/map/boundaries"), get("/api/v1/map/provinces" + suffix), get("/api/v1/map/points" + suffix)])
    .then(function (res) {
      var shapes = res[0], counts = {}, max = 1;
      res[1].forEach(function (p) { counts[p.admin1] = p; max = Math.max(max, p.incidents); });
      L.geoJSON(shapes, {
        style: function (f) {
          var c = counts[f.properties.admin1];
          return { color: "#777", weight: 1, fillOpacity: 0.8, fillColor: colour(c ? c.incidents : 0, max) };
        },
        onEachFeature: function (f, layer) {
          var c = counts[f.properties.admin1];
          layer.bindTooltip(f.properties.name + ": " + (c ? c.incidents + " incidents, " + c.killed + " killed" : "no incidents"));
          layer.on("click", function () { window.location = "/incidents?province=" + encodeURIComponent(f.properties.admin1); });
        }
      }).addTo(map);
      var points = res[2];
      var layer = L.geoJSON(points, {
        pointToLayer: function (f, latlng) {
          var k = f.properties.k || 0;
          return L.circleMarker(latlng, { radius: 3 + Math.min(12, Math.sqrt(k) * 1.5), color: "#222", weight: 1,
            fillColor: "#2b4c7e", fillOpacity: 0.75, className: "incident-marker" });
        },
        onEachFeature: function (f, marker) {
          var p = f.properties, div = document.createElement("div"), a = document.createElement("a");
          a.href = "/incidents/" + encodeURIComponent(p.id);
          a.textContent = p.n || ("Incident " + p.id);  // text, never HTML: titles come from sources
          div.appendChild(a);
          div.appendChild(document.createTextNode(" " + (p.d || "") + " · " + (p.t || "").replace(/_/g, " ") + " · killed " + (p.k == null ? "?" : p.k)));
          marker.bindPopup(div);
        }
      }).addTo(map);
      el.setAttribute("data-points", String(points.features.length));
      status.textContent = points.features.length + " incidents shown" + (points.truncated ? " (the deadliest; narrow the filters to see all)" : "") + ".";
    })
    .catch(function (e) { status.textContent = "Could not load the map data: " + e.message; });
})();
