// The dashboard's charts; the figures are tasdiq.analyse Tally rows (label, incidents, killed_best, ...).
(function () {
  "use strict";
  var C = window.TasdiqCharts, d = C.data("dashboard-data");
  if (!d) { return; }
  function labels(rows) { return rows.map(function (r) { return r.label; }); }
  function counts(rows) { return rows.map(function (r) { return r.incidents; }); }
  C.bar("chart-months", labels(d.months), [
    { label: "incidents", data: counts(d.months), backgroundColor: "#4a6fa5" },
    { label: "killed", data: d.months.map(function (m) { return m.killed_best; }), backgroundColor: "#b5473a", borderColor: "#b5473a", type: "line", yAxisID: "y1" }
  ], { scales: { y: { beginAtZero: true }, y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } } } });
  var horizontal = { indexAxis: "y" };
  [["chart-provinces", d.provinces, "#4a6fa5"], ["chart-claimed", d.perpetrators_claimed, "#7a5c99"],
   ["chart-attributed", d.perpetrators_attributed, "#99765c"], ["chart-targets", d.targets, "#5c9970"]]
    .forEach(function (c) {
      C.bar(c[0], labels(c[1]), [{ label: "incidents", data: counts(c[1]), backgroundColor: c[2] }], horizontal);
    });
})();
