// Light behaviour shared by every page. Graphic evidence stays blurred until clicked; a rating
// chosen in the hypothesis matrix is sent at once (without script, its button sends it); a
// report's text box opens at the first words the extraction took from it, not at the top of
// a long feature whose attack is told in its last paragraph.
(function () {
  "use strict";
  document.querySelectorAll("[data-graphic]").forEach(function (el) {
    el.addEventListener("click", function () { el.classList.toggle("revealed"); });
  });
  document.querySelectorAll("select[data-autosubmit]").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });
  // "all" ticks every box of its form with the named field (bulk confirm, bulk assign).
  document.querySelectorAll("input[data-select-all]").forEach(function (all) {
    all.addEventListener("change", function () {
      all.form.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]').forEach(
        function (box) { box.checked = all.checked; });
    });
  });
  document.querySelectorAll(".js-hidden").forEach(function (el) { el.hidden = true; });
  document.querySelectorAll(".text").forEach(function (box) {
    var first = box.querySelector("mark");
    if (first && box.scrollHeight > box.clientHeight) {
      box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 24);
    }
  });
})();
