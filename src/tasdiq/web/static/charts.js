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
    return new Chart(el, {
      type: "bar",
      data: { labels: labels, datasets: sets },
      options: Object.assign({ animation: false, responsive: true, plugins: { legend: { display: sets.length > 1 } } }, opts || {})
    });
  }
  return { data: data, bar: bar };
})();
