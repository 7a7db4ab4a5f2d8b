(function () {
  "use strict";
  var C = window.TasdiqCharts, months = C.data("timeline-data");
  if (!months) { return; }
  var types = {};
  months.forEach(function (m) { Object.keys(m.types).forEach(function (t) { types[t] = true; }); });
  var palette = ["#4a6fa5", "#b5473a", "#7a5c99", "#5c9970", "#c9a227", "#3a8fb5", "#99705c", "#555", "#a54a8f", "#8fb53a", "#333"];
  var sets = Object.keys(types).sort().map(function (t, i) {
    return { label: t.replace(/_/g, " "), data: months.map(function (m) { return m.types[t] || 0; }), backgroundColor: palette[i % palette.length] };
  });
  C.bar("chart-timeline", months.map(function (m) { return m.month; }), sets, { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } });
})();
