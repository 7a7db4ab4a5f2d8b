// Shared chart helpers (Chart.js, served from /static/vendor).
window.TasdiqCharts = (function () {
  "use strict";
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function bar(id, labels, sets, opts) {
    var el = document.getElementById(id);
    if (!el || typeof Chart === "undefined") { return null; }
    // Counts are whole numbers: no 0.5-incident ticks on the count axis.
    var counts = (opts && opts.indexAxis === "y") ? "x" : "y", scales = {};
    scales[counts] = { beginAtZero: true, ticks: { precision: 0 } };
    var options = Object.assign({ animation: false, responsive: true, plugins: { legend: { display: sets.length > 1 } } }, opts || {});
    options.scales = Object.assign(scales, options.scales || {});
    Object.keys(options.scales).forEach(function (k) { options.scales[k].ticks = options.scales[k].ticks || { precision: 0 }; });
    made[id] = new Chart(el, { type: "bar", data: { labels: labels, datasets: sets }, options: options });
    return made[id];
  }
  var made = {};  // charts by canvas id, for the browser tests to read what was drawn
  return { data: data, bar: bar, made: made };
})();
