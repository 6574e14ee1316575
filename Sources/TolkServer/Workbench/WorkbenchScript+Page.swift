extension WorkbenchScript {
    /// Approving a page's units, and attaching the editor to the page's blocks; closes the script's function.
    static let page = #"""

  function approvePage() {
    var name = reviewerName();
    if (!name) return;
    // Translated, current and without a problem; a `state` problem (below the site's minimum)
    // is what the approval resolves.
    var ready = page.units.filter(function (u) {
      return u.target && !u.stale && u.state === "translated" &&
        u.problems.every(function (p) { return p.check === "state"; });
    });
    var chain = Promise.resolve(), done = 0;
    holding = true;
    ready.forEach(function (u) {
      chain = chain.then(function () {
        return api("/_tolk/api/unit", { file: u.file, unit: u.unit, target: u.target, state: "reviewed", version: u.version, reviewer: name })
          .then(function (r) { if (r.status === 200) done++; });
      });
    });
    chain.then(function () {
      // Shown now, and after the reloads the saves cause (for a minute: several may follow).
      var note = { text: "Approved " + done + " of " + ready.length + " units.", time: Date.now() };
      sessionStorage.setItem("tolk-approved", JSON.stringify(note));
      showApproved();
      holding = false;
      reloadIfPending();
    });
  }

  function showApproved() {
    var bar = document.querySelector(".tolk-workbench"), note = JSON.parse(sessionStorage.getItem("tolk-approved") || "null");
    if (!bar || !note || Date.now() - note.time > 60000) return;
    var shown = bar.querySelector(".tolk-approved") || bar.appendChild(el("p", { "class": "tolk-approved", role: "status" }, []));
    shown.textContent = note.text;
  }

  function attach() {
    var blocks = document.querySelectorAll("[data-unit]");
    var shown = {};
    blocks.forEach(function (block) {
      var unit = units[block.dataset.unit];
      if (!unit) return;
      shown[unit.unit] = true;
      block.addEventListener("click", function (e) {
        if (e.ctrlKey || e.metaKey || (panel && panel.contains(e.target))) return;
        e.preventDefault();
        open(units[block.dataset.unit], block);
      });
      block.addEventListener("keydown", function (e) {
        if (e.key === "Enter" && e.target === block) { e.preventDefault(); open(units[block.dataset.unit], block); }
      });
    });
    // Units with no block of their own on the page (alt texts, some fields): a list to open them from.
    var others = page.units.filter(function (u) { return !shown[u.unit]; });
    var aside = document.querySelector(".tolk-review");
    if (!aside) return;
    var bar = el("div", { "class": "tolk-workbench" }, []);
    var approve = el("button", { type: "button", "class": "tolk-approve-page" }, ["Approve every unit without problems"]);
    approve.addEventListener("click", approvePage);
    bar.appendChild(approve);
    if (others.length) {
      var list = el("ul", {}, []);
      others.forEach(function (u) {
        var b = el("button", { type: "button", "data-open": u.unit }, [u.context + " (" + u.unit + ")"]);
        b.addEventListener("click", function () { open(units[u.unit], b); });
        list.appendChild(el("li", {}, [b, " " + u.status]));
      });
      bar.appendChild(el("p", {}, ["Not shown as a block on the page:"]));
      bar.appendChild(list);
    }
    aside.appendChild(bar);
    showApproved();
  }

  api("/_tolk/api/page?path=" + encodeURIComponent(location.pathname)).then(function (reply) {
    if (reply.status !== 200) return;
    page = reply.json;
    page.units.forEach(function (u) { units[u.unit] = u; });
    attach();
    attachStrings();
    document.documentElement.dataset.tolkWorkbench = "ready";
    var reopen = sessionStorage.getItem("tolk-reopen");
    if (reopen) {
      sessionStorage.removeItem("tolk-reopen");
      var saved = JSON.parse(reopen), unit = units[saved.unit] || stringUnits[saved.unit];
      if (saved.plural) openPlural(saved.plural, document.querySelector('[data-tolk-string="' + saved.plural + '"]'), saved.message);
      else if (unit) open(unit, document.querySelector('[data-unit="' + saved.unit + '"]') ||
                                document.querySelector('[data-tolk-string="' + saved.unit + '"]'), saved.message);
    }
  });
})();
"""#
}
