extension WorkbenchScript {
    /// Interface strings on the page (`data-tolk-string`, from `Locales/<lang>/strings.xlf`): a
    /// plain string opens the unit editor; a plural string opens one field per plural form of
    /// the language, each with numbers that take it, saved as one unit per form.
    static let strings = #"""

  var stringUnits = {};
  function pluralForms(key) {
    return (page.strings || []).filter(function (u) { return u.plural && u.plural.key === key; });
  }

  function attachStrings() {
    (page.strings || []).forEach(function (u) { stringUnits[u.unit] = u; });
    document.querySelectorAll("[data-tolk-string]").forEach(function (span) {
      var key = span.dataset.tolkString, plural = span.dataset.tolkPlural !== undefined;
      var unit = plural ? pluralForms(key)[0] : stringUnits[key];
      if (!unit) return;
      span.setAttribute("tabindex", "0");
      span.setAttribute("title", "Interface string " + key + (plural ? " (plural)" : ""));
      if (!plural && (unit.status === "missing" || unit.status === "stale")) span.dataset.status = unit.status;
      function go(e) {
        e.preventDefault();
        e.stopPropagation();
        if (plural) openPlural(key, span); else open(stringUnits[key], span);
      }
      // Before the page's own handlers (a link, the block around it): in the translator view a click edits.
      span.addEventListener("click", function (e) { if (!e.ctrlKey && !e.metaKey && !(panel && panel.contains(e.target))) go(e); });
      span.addEventListener("keydown", function (e) { if (e.key === "Enter" && e.target === span) go(e); });
    });
  }

  function openPlural(key, block, message) {
    var forms = pluralForms(key);
    if (!forms.length) return;
    if (panel) panel.remove();
    dirty = false;
    current = { unit: forms[0], block: block };
    var status = el("div", { "class": "tolk-status", role: "status", "aria-live": "polite" });
    var notice = el("div", { "class": "tolk-notice", role: "status" });
    var closeButton = el("button", { type: "button", "class": "tolk-close", "aria-label": "Close" }, ["\u00d7"]);
    closeButton.addEventListener("click", close);
    var children = [el("div", { "class": "tolk-head" }, [el("b", {}, [key]), " plural interface string \u00b7 " +
      forms.length + " forms in " + page.language, closeButton])];
    var fields = forms.map(function (form) {
      var target = el("div", { "class": "tolk-target", contenteditable: "true", lang: page.language, dir: page.direction,
                               role: "textbox", "aria-multiline": "false", "data-form": form.plural.category,
                               "aria-label": "Translation (" + page.language + "), form " + form.plural.category });
      render(form, form.target || "", target);
      var source = el("div", { "class": "tolk-source", lang: page.source_language, dir: "ltr" });
      render(form, form.source, source);
      var palette = el("div", { "class": "tolk-palette" });
      form.codes.forEach(function (code) {
        var button = el("button", { type: "button", title: "Put this code at the caret" }, [code.label]);
        button.addEventListener("mousedown", function (e) { e.preventDefault(); });
        button.addEventListener("click", function () { place(form, target, code); dirty = true; });
        palette.appendChild(button);
      });
      var problems = el("ul", { "class": "tolk-problems" });
      showProblems(form.problems, problems);
      target.addEventListener("input", function () { dirty = true; });
      target.addEventListener("keydown", function (e) {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(e.shiftKey ? "reviewed" : "translated"); }
        else if (e.key === "Enter") e.preventDefault();
        else if (e.key === "Escape") { e.preventDefault(); close(); }
      });
      children.push(el("div", { "class": "tolk-form", "data-form": form.plural.category }, [
        el("div", { "class": "tolk-label" }, [form.plural.category + " \u00b7 " + form.plural.examples + " \u00b7 " + form.status + " \u00b7 " + form.state]),
        source, target, palette, problems]));
      return { form: form, target: target };
    });
    var saveButton = el("button", { type: "button", "class": "tolk-save" }, ["Save (Ctrl+Enter)"]);
    var approveButton = el("button", { type: "button", "class": "tolk-approve" }, ["Approve (Ctrl+Shift+Enter)"]);
    saveButton.addEventListener("click", function () { save("translated"); });
    approveButton.addEventListener("click", function () { save("reviewed"); });
    children.push(el("div", { "class": "tolk-actions" }, [saveButton, approveButton]), status, notice);
    panel = el("div", { "class": "tolk-editor tolk-plural", role: "dialog", "aria-label": "Edit " + key, lang: "en", dir: "ltr" }, children);
    document.body.appendChild(panel);
    if (message) status.textContent = message;
    fields[0].target.focus();

    // One save per form that changed (every form when approving), one after the other; each is
    // atomic on its own, so a conflict on one form leaves the forms before it saved.
    function save(state) {
      var body = { state: state };
      if (state === "reviewed") {
        var name = reviewerName();
        if (!name) return;
        body.reviewer = name;
      }
      var todo = fields.filter(function (f) { return state === "reviewed" || serialize(f.target) !== (f.form.target || ""); });
      if (!todo.length) { status.textContent = "Nothing changed."; return; }
      status.textContent = "Saving\u2026";
      holding = true;
      var chain = Promise.resolve(true), saved = 0, failure = null;
      todo.forEach(function (f) {
        chain = chain.then(function (go) {
          if (!go) return false;
          return api("/_tolk/api/unit", { file: f.form.file, unit: f.form.unit, target: serialize(f.target), state: state,
                                          version: f.form.version, reviewer: body.reviewer }).then(function (reply) {
            if (reply.status !== 200) { failure = reply; return false; }
            saved++;
            stringUnits[f.form.unit] = reply.json;
            page.strings = page.strings.map(function (u) { return u.unit === f.form.unit ? reply.json : u; });
            return true;
          });
        });
      });
      chain.then(function () {
        holding = false;
        if (!failure) {
          var text = (state === "reviewed" ? "Approved " : "Saved ") + saved + (saved === 1 ? " form." : " forms.");
          sessionStorage.setItem("tolk-reopen", JSON.stringify({ plural: key, message: text }));
          openPlural(key, block, text + " The page reloads with the new text.");
          reloadIfPending();
          return;
        }
        status.textContent = "Not saved" + (saved ? " (" + saved + " forms were)" : "") + ": " + (failure.json.error || failure.status) +
          (failure.status === 409 ? ". Someone or something else changed it; reload to see the current text." : "");
        var reload = el("button", { type: "button", "class": "tolk-reload" }, ["Reload"]);
        reload.addEventListener("click", function () { location.reload(); });
        if (failure.status === 409) status.appendChild(reload);
      }, function () { holding = false; status.textContent = "Not saved: the server did not answer."; });
    }
  }

"""#
}
