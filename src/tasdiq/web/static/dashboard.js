(function () {
  "use strict";
  var C = window.TasdiqCharts, d = C.data("dashboard-data");
  if (!d) { return; }
  C.bar("chart-months", d.months.map(function (m) { return m.month; }), [
    { label: "incidents", data: d.months.map(function (m) { return m.incidents; }), backgroundColor: "#4a6fa5" },
    { label: "killed", data: d.months.map(function (m) { return m.killed; }), backgroundColor: "#b5473a", borderColor: "#b5473a", type: "line", yAxisID: "y1" }
  ], { scales: { y: { beginAtZero: true }, y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } } } });
  var horizontal = { indexAxis: "y" };
  C.bar("chart-provinces", d.provinces.map(function (p) { return p.admin1; }),
    [{ label: "incidents", data: d.provinces.map(function (p) { return p.incidents; }), backgroundColor: "#4a6fa5" }], horizontal);
  C.bar("chart-perpetrators", d.perpetrators.map(function (p) { return p.perpetrator; }),
    [{ label: "incidents", data: d.perpetrators.map(function (p) { return p.incidents; }), backgroundColor: "#7a5c99" }], horizontal);
  C.bar("chart-targets", d.targets.map(function (t) { return t.target; }),
    [{ label: "incidents", data: d.targets.map(function (t) { return t.incidents; }), backgroundColor: "#5c9970" }], horizontal);
})();
