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
      line.textContent = (i.date || "undated") + " · " + line.textContent;
    }).catch(function () { /* the link still works without the title */ });
    return div;
  }
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
      // Points come compact ([id, lat, lon, killed, type index]); a popup asks for its incident on click.
      var answer = res[2], types = answer.types;
      answer.points.forEach(function (p) {
        var k = p[3] || 0;
        var marker = L.circleMarker([p[1], p[2]], { radius: 3 + Math.min(12, Math.sqrt(k) * 1.5), color: "#222",
          weight: 1, fillColor: "#2b4c7e", fillOpacity: 0.75, className: "incident-marker" }).addTo(map);
        marker.bindPopup(function () { return popup(p, types[p[4]] || ""); }, { minWidth: 240 });
      });
      el.setAttribute("data-points", String(answer.points.length));
      status.textContent = answer.points.length + " incidents shown" + (answer.truncated ? " (the deadliest; narrow the filters to see all)" : "") + ".";
    })
    .catch(function (e) { status.textContent = "Could not load the map data: " + e.message; });
})();
