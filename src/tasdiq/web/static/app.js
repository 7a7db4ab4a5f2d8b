// Light behaviour shared by every page. Graphic evidence stays blurred until clicked.
(function () {
  "use strict";
  document.querySelectorAll("[data-graphic]").forEach(function (el) {
    el.addEventListener("click", function () { el.classList.toggle("revealed"); });
  });
})();
