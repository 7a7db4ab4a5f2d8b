// Light behaviour shared by every page. Graphic evidence stays blurred until clicked; a rating
// chosen in the hypothesis matrix is sent at once (without script, its button sends it).
(function () {
  "use strict";
  document.querySelectorAll("[data-graphic]").forEach(function (el) {
    el.addEventListener("click", function () { el.classList.toggle("revealed"); });
  });
  document.querySelectorAll("select[data-autosubmit]").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });
  document.querySelectorAll(".js-hidden").forEach(function (el) { el.hidden = true; });
})();
