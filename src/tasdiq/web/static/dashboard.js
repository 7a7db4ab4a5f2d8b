// The dashboard's charts; the figures are tasdiq.analyse Tally rows (label, incidents, killed_best, ...).
(function () {
  "use strict";
  var C = window.TasdiqCharts, d = C.data("dashboard-data");
  if (!d) { return; }
  function labels(rows) { return rows.map(function (r) { return r.label; }); }
  function counts(rows) { return rows.map(function (r) { return r.incidents; }); }
  // One measure per chart: incidents here, deaths below (two axes on one chart invite reading
  // one scale against the other). Deaths are a range, drawn as floating bars low..high.
  C.bar("chart-months", labels(d.months), [
    { label: "incidents", data: counts(d.months), backgroundColor: "#4a6fa5" }
  ]);
  // A month whose incidents all have an unknown toll is a gap, not a zero: the line breaks
  // there. An empty month is a true zero and stays one.
  function known(m) { return !m.incidents || m.killed_unknown < m.incidents; }
  C.bar("chart-deaths", labels(d.months), [
    { label: "killed (range)", data: d.months.map(function (m) { return known(m) ? [m.killed_low, m.killed_high] : null; }),
      backgroundColor: "rgba(181, 71, 58, 0.35)" },
    { label: "killed (best)", data: d.months.map(function (m) { return known(m) ? m.killed_best : null; }), type: "line",
      borderColor: "#b5473a", backgroundColor: "#b5473a", pointRadius: 2, spanGaps: false }
  ]);
  var horizontal = { indexAxis: "y" };
  [["chart-provinces", d.provinces, "#4a6fa5"], ["chart-claimed", d.perpetrators_claimed, "#7a5c99"],
   ["chart-attributed", d.perpetrators_attributed, "#99765c"], ["chart-targets", d.targets, "#5c9970"]]
    .forEach(function (c) {
      C.bar(c[0], labels(c[1]), [{ label: "incidents", data: counts(c[1]), backgroundColor: c[2] }], horizontal);
    });
})();
