extension WorkbenchScript {
    /// The editor panel: open and close, placing a code at the caret, the unit's problems.
    static let editor = #"""

  function close() {
    if (panel) panel.remove();
    panel = null;
    dirty = false;
    if (current && current.block) current.block.focus();
    current = null;
    reloadIfPending();
  }

  function open(unit, block, message) {
    if (panel) panel.remove();
    dirty = false;
    current = { unit: unit, block: block };
    var target = el("div", { "class": "tolk-target", contenteditable: "true", lang: page.language, dir: page.direction,
                             role: "textbox", "aria-multiline": "false", "aria-label": "Translation (" + page.language + ")" });
    render(unit, unit.target || "", target);
    var source = el("div", { "class": "tolk-source", lang: page.source_language, dir: "ltr" });
    render(unit, unit.source, source);
    var status = el("div", { "class": "tolk-status", role: "status", "aria-live": "polite" });
    var notice = el("div", { "class": "tolk-notice", role: "status" });
    var problems = el("ul", { "class": "tolk-problems" });
    var palette = el("div", { "class": "tolk-palette" });
    unit.codes.forEach(function (code) {
      var button = el("button", { type: "button", title: "Put this code at the caret" }, [code.element === "ph" ? code.label : code.kind]);
      button.addEventListener("mousedown", function (e) { e.preventDefault(); });
      button.addEventListener("click", function () { place(unit, target, code); dirty = true; update(); });
      palette.appendChild(button);
    });
    var warn = el("div", { "class": "tolk-warn" });
    function update() {
      var missing = missingCodes(unit, target);
      warn.textContent = missing.length ? "Missing codes: " + missing.map(function (c) {
        return c.element === "ph" ? c.label : c.kind; }).join(", ") + " (use the buttons to put them back)" : "";
    }
    target.addEventListener("input", function () { dirty = true; update(); });
    target.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(e.shiftKey ? "reviewed" : "translated"); }
      else if (e.key === "Enter") e.preventDefault();
      else if (e.key === "Escape") { e.preventDefault(); close(); }
    });
    var saveButton = el("button", { type: "button", "class": "tolk-save" }, ["Save (Ctrl+Enter)"]);
    var approveButton = el("button", { type: "button", "class": "tolk-approve" }, ["Approve (Ctrl+Shift+Enter)"]);
    var closeButton = el("button", { type: "button", "class": "tolk-close", "aria-label": "Close" }, ["\u00d7"]);
    saveButton.addEventListener("click", function () { save("translated"); });
    approveButton.addEventListener("click", function () { save("reviewed"); });
    closeButton.addEventListener("click", close);

    var children = [
      el("div", { "class": "tolk-head" }, [el("b", {}, [unit.unit]), " " + unit.context + " \u00b7 " + unit.status + " \u00b7 " + unit.state, closeButton]),
      el("div", { "class": "tolk-label" }, ["Norwegian source"]), source
    ];
    if (unit.stale) {
      var diff = el("div", { "class": "tolk-diff", lang: page.source_language, dir: "ltr" });
      diff.innerHTML = unit.diff || "";
      children.push(el("div", { "class": "tolk-label" }, ["What changed in the source"]), diff);
      var old = el("div", { "class": "tolk-old", lang: page.language, dir: page.direction });
      render(unit, unit.target || "", old);
      children.push(el("div", { "class": "tolk-label" }, ["Old translation"]), old);
    }
    children.push(el("div", { "class": "tolk-label" }, ["Translation (" + page.language + ")"]), target, warn, palette,
                  el("div", { "class": "tolk-actions" }, [saveButton, approveButton]), status, notice, problems);
    panel = el("div", { "class": "tolk-editor", role: "dialog", "aria-label": "Edit " + unit.unit, lang: "en", dir: "ltr" }, children);
    document.body.appendChild(panel);
    showProblems(unit.problems, problems);
    if (message) status.textContent = message;
    update();
    target.focus();

    function save(state) {
      var missing = missingCodes(unit, target);
      if (missing.length && !panel.dataset.confirmed) {
        panel.dataset.confirmed = "1";
        status.textContent = "Codes are missing (" + missing.map(function (c) { return c.label; }).join(", ") +
          "): save again to save anyway, or put them back.";
        return;
      }
      var body = { file: unit.file, unit: unit.unit, target: serialize(target), state: state, version: unit.version };
      if (state === "reviewed") {
        var name = reviewerName();
        if (!name) return;
        body.reviewer = name;
      }
      status.textContent = "Saving\u2026";
      api("/_tolk/api/unit", body).then(function (reply) {
        if (reply.status === 200) {
          units[unit.unit] = reply.json;
          var text = state === "reviewed" ? "Approved." : "Saved.";
          sessionStorage.setItem("tolk-reopen", JSON.stringify({ unit: unit.unit, message: text }));
          open(reply.json, block, text + " The page reloads with the new text.");
          reloadIfPending();
        } else if (reply.status === 409) {
          status.textContent = "Not saved: " + reply.json.error + ". Someone or something else changed it; reload to see the current text.";
          var reload = el("button", { type: "button", "class": "tolk-reload" }, ["Reload"]);
          reload.addEventListener("click", function () { location.reload(); });
          status.appendChild(reload);
        } else {
          status.textContent = "Not saved: " + (reply.json.error || reply.status);
        }
      }, function () { status.textContent = "Not saved: the server did not answer."; });
    }
  }

  function place(unit, target, code) {
    var parts = code.element === "ph" ? ["ph"] : ["open", "close"];
    target.querySelectorAll('.tolk-code[data-id="' + code.id + '"]').forEach(function (t) { t.remove(); });
    var selection = window.getSelection();
    var range = selection.rangeCount && target.contains(selection.anchorNode) ? selection.getRangeAt(0) : null;
    if (!range) { range = document.createRange(); range.selectNodeContents(target); range.collapse(false); }
    if (parts.length === 2) {
      var content = range.extractContents();
      var open = token(unit, code.id, "open"), closing = token(unit, code.id, "close");
      range.insertNode(closing); range.insertNode(content); range.insertNode(open);
    } else {
      range.insertNode(token(unit, code.id, "ph"));
    }
  }

  function showProblems(list, into) {
    into.textContent = "";
    (list || []).forEach(function (p) {
      into.appendChild(el("li", { "class": p.severity }, [p.severity + " [" + p.check + "] " + p.message + (p.hint ? " \u2014 " + p.hint : "")]));
    });
    if (!list || !list.length) into.appendChild(el("li", { "class": "ok" }, ["No problems."]));
  }

"""#
}
