/* The desk's only script: scroll the article to the claim, and show the bulk action's own field. */
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-scroll-to]").forEach(function (box) {
    var mark = box.querySelector(box.dataset.scrollTo);
    if (mark) { box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3; }
  });
  var select = document.querySelector(".actions select[name=action]");
  if (!select) { return; }
  var fields = {assign_to: ["assignee"], dismiss_with_reason: ["reason"], change_priority: ["priority", "reason"]};
  function sync() {
    var wanted = fields[select.value] || [];
    ["assignee", "reason", "priority"].forEach(function (name) {
      var input = document.querySelector(".actions [name=" + name + "]");
      if (input) { (input.closest("label") || input).style.display = wanted.indexOf(name) === -1 ? "none" : ""; }
    });
  }
  select.addEventListener("change", sync);
  sync();
});
