(function () {
  "use strict";
  // Every element this script touches was rendered by treatylens; document text is never
  // parsed as markup here (no innerHTML): details are cloned nodes, ids come from data-* only.
  function rootOf(el) { return el.closest(".tl") || document; }
  function byId(id) { return id ? document.getElementById(id) : null; }
  function showDetail(root, clause) {
    var panel = root.querySelector(".inspector .body");
    if (!panel || !clause) { return; }
    var source = byId(clause.getAttribute("data-detail"));
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    if (source) {
      var copy = source.cloneNode(true);
      copy.removeAttribute("id");
      panel.appendChild(copy);
    }
  }
  function focusClauses(root, ids) {
    var old = root.querySelectorAll(".cl.is-focus");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("is-focus"); }
    var first = null;
    for (var j = 0; j < ids.length; j++) {
      var el = byId(ids[j]);
      if (el && el.classList.contains("cl")) {
        el.classList.add("is-focus");
        if (!first) { first = el; }
      }
    }
    if (first) {
      var details = first.closest("details");
      if (details) { details.open = true; }
      first.scrollIntoView({ block: "center" });
      showDetail(root, first);
    }
    return first;
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) { return; }
    var flag = t.closest(".flag-btn");
    if (flag) {
      ev.preventDefault();
      focusClauses(rootOf(flag), (flag.getAttribute("data-refs") || "").split(" "));
      return;
    }
    var ref = t.closest("a.ref[data-ref]");
    if (ref) {
      ev.preventDefault();
      focusClauses(rootOf(ref), [ref.getAttribute("data-ref")]);
      return;
    }
    var cl = t.closest(".cl.lab");
    if (cl) { focusClauses(rootOf(cl), [cl.id]); return; }
    var add = t.closest("[data-add-slot]");
    if (add) {
      ev.preventDefault();
      var slots = document.querySelectorAll(".docslot");
      if (slots.length) {
        var last = slots[slots.length - 1];
        var copy = last.cloneNode(true);
        var fields = copy.querySelectorAll("textarea, input");
        for (var k = 0; k < fields.length; k++) { fields[k].value = ""; }
        var legend = copy.querySelector("legend");
        if (legend) { legend.textContent = "Document " + (slots.length + 1); }
        last.parentNode.insertBefore(copy, last.nextSibling);
      }
    }
  });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element) || !t.matches(".cl.lab")) { return; }
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      focusClauses(rootOf(t), [t.id]);
    }
  });
  document.addEventListener("change", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element) || !t.matches("input[data-family]")) { return; }
    rootOf(t).classList.toggle("off-" + t.getAttribute("data-family"), !t.checked);
  });
  window.addEventListener("beforeprint", function () {
    var all = document.querySelectorAll("details.clauses");
    for (var i = 0; i < all.length; i++) { all[i].open = true; }
  });
})();
