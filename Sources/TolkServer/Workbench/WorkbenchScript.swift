/// The in-page editor of the translator view: plain JavaScript and CSS, no framework.
///
/// A click on a block (or Enter on a focused one) opens a panel with the Norwegian source, for
/// a stale unit the changed words and the old translation, and the target in the language's
/// `lang` and `dir`. Inline codes are tokens (`contenteditable=false`): they move as a whole,
/// a palette puts one back where the caret is, and one that is missing is named before saving.
/// Ctrl+Enter saves; the server's live reload then shows the page with the new text, and the
/// panel opens again with the unit's problems (kept in sessionStorage across the reload).
enum WorkbenchScript {
    static let source = #"""
/* tolk serve: translator workbench */
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="tolk-token"]');
  if (!meta) return;
  var editToken = meta.content;
  var reviewerMeta = document.querySelector('meta[name="tolk-reviewer"]');
  var page = null, units = {}, panel = null, current = null, dirty = false, holding = false;
  // The live reload waits while there is typing to lose or approvals under way.
  window.tolkHold = function () {
    if (dirty && panel) {
      var note = panel.querySelector(".tolk-notice");
      if (note) note.textContent = "This page changed on the server; it reloads when you save or close the editor.";
    }
    return holding || (dirty && !!panel);
  };
  function reloadIfPending() { if (window.tolkPending) location.reload(); }

  function api(path, body) {
    var options = body ? { method: "POST", headers: { "Content-Type": "application/json", "X-Tolk-Token": editToken },
                           body: JSON.stringify(body) } : {};
    return fetch(path, options).then(function (r) {
      return r.json().then(function (json) { return { status: r.status, json: json }; });
    });
  }

  function el(name, attrs, children) {
    var node = document.createElement(name);
    for (var key in attrs || {}) node.setAttribute(key, attrs[key]);
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  // Markup (<pc id>, </pc>, <ph id/>, <sc id/>, <ec startRef/>) to tokens and text.
  function decode(text) {
    var t = document.createElement("textarea");
    t.innerHTML = text;
    return t.value;
  }
  function codeOf(unit, id) {
    return unit.codes.filter(function (c) { return c.id === id; })[0] || { id: id, kind: "?", label: id, element: "ph" };
  }
  function token(unit, id, part) {
    var code = codeOf(unit, id);
    var label = code.element === "ph" ? code.label : (part === "open" ? "\u27e8" + code.kind : code.kind + "\u27e9");
    var node = el("span", { "class": "tolk-code tolk-code-" + part, contenteditable: "false", "data-id": id,
                            "data-part": part, title: code.kind + " " + code.label, dir: "ltr" }, [label]);
    return node;
  }
  function render(unit, markup, into) {
    into.textContent = "";
    var re = /<(\/?)(pc|ph|sc|ec)\b([^>]*)>|([^<]+)/g, m, stack = [];
    while ((m = re.exec(markup || ""))) {
      if (m[4] !== undefined) { into.appendChild(document.createTextNode(decode(m[4]))); continue; }
      var id = (/(?:id|startRef)="([^"]*)"/.exec(m[3]) || [])[1];
      if (m[2] === "ph") into.appendChild(token(unit, id, "ph"));
      else if (m[2] === "pc" && !m[1]) { stack.push(id); into.appendChild(token(unit, id, "open")); }
      else if (m[2] === "pc") into.appendChild(token(unit, stack.pop(), "close"));
      else if (m[2] === "sc") into.appendChild(token(unit, id, "open"));
      else into.appendChild(token(unit, id, "close"));
    }
  }
  function escapeText(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  // The editor's content back to markup: text escaped, tokens as codes (<pc> when they nest).
  function serialize(node) {
    var parts = [];
    (function walk(n) {
      n.childNodes.forEach(function (child) {
        if (child.nodeType === 3) parts.push({ text: child.nodeValue.replace(/\u00a0/g, " ") });
        else if (child.dataset && child.dataset.part) parts.push({ id: child.dataset.id, part: child.dataset.part });
        else if (child.nodeName === "BR") parts.push({ text: " " });
        else walk(child);
      });
    })(node);
    var stack = [], nested = true;
    parts.forEach(function (p) {
      if (p.part === "open") stack.push(p.id);
      if (p.part === "close") { if (stack[stack.length - 1] !== p.id) nested = false; else stack.pop(); }
    });
    nested = nested && stack.length === 0;
    return parts.map(function (p) {
      if (p.text !== undefined) return escapeText(p.text);
      if (p.part === "ph") return '<ph id="' + p.id + '"/>';
      if (p.part === "open") return nested ? '<pc id="' + p.id + '">' : '<sc id="' + p.id + '"/>';
      return nested ? "</pc>" : '<ec startRef="' + p.id + '"/>';
    }).join("").replace(/\s+$/, "").replace(/^\s+/, "");
  }
  function missingCodes(unit, node) {
    var present = {};
    node.querySelectorAll(".tolk-code").forEach(function (t) { present[t.dataset.id + t.dataset.part] = true; });
    return unit.codes.filter(function (c) {
      return c.element === "ph" ? !present[c.id + "ph"] : !(present[c.id + "open"] && present[c.id + "close"]);
    });
  }

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
        var name = reviewerMeta ? reviewerMeta.content : localStorage.getItem("tolk-reviewer");
        if (!name) name = prompt("Your name, recorded with the approval:");
        if (!name) return;
        localStorage.setItem("tolk-reviewer", name);
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

  function approvePage() {
    var name = reviewerMeta ? reviewerMeta.content : (localStorage.getItem("tolk-reviewer") || prompt("Your name, recorded with the approval:"));
    if (!name) return;
    localStorage.setItem("tolk-reviewer", name);
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
    document.documentElement.dataset.tolkWorkbench = "ready";
    var reopen = sessionStorage.getItem("tolk-reopen");
    if (reopen) {
      sessionStorage.removeItem("tolk-reopen");
      var saved = JSON.parse(reopen), unit = units[saved.unit];
      if (unit) open(unit, document.querySelector('[data-unit="' + saved.unit + '"]'), saved.message);
    }
  });
})();
"""#

    static let style = """
        .tolk-editor{position:fixed;inset-inline:0;bottom:0;z-index:2147483645;max-height:60vh;overflow:auto;background:#fff;color:#111;\
        border-top:4px solid #0d47a1;box-shadow:0 -2px 12px rgba(0,0,0,.25);padding:.6rem 1rem 1rem;font:15px/1.5 system-ui,sans-serif}
        .tolk-editor .tolk-head{font-size:13px;color:#333;display:flex;gap:.4rem;align-items:center}
        .tolk-editor .tolk-close{margin-inline-start:auto;font-size:18px;line-height:1;background:none;border:0;cursor:pointer}
        .tolk-editor .tolk-label{font:600 12px/1.4 system-ui,sans-serif;color:#555;margin-top:.5rem;text-transform:uppercase;letter-spacing:.03em}
        .tolk-editor .tolk-source,.tolk-editor .tolk-old,.tolk-editor .tolk-diff{padding:.3rem .5rem;background:#f5f7fb;border-radius:.2rem}
        .tolk-editor .tolk-diff del{background:#fdd;text-decoration:line-through}.tolk-editor .tolk-diff ins{background:#dfd;text-decoration:none}
        .tolk-editor .tolk-target{min-height:2.4em;padding:.4rem .5rem;border:2px solid #0d47a1;border-radius:.2rem;font-size:17px;white-space:pre-wrap}
        .tolk-editor .tolk-target:focus{outline:3px solid #90caf9}
        .tolk-code{display:inline-block;padding:0 .3em;margin:0 .1em;border-radius:.25em;background:#e3e8f4;color:#0d47a1;\
        font:600 12px/1.6 ui-monospace,monospace;user-select:all;cursor:default;unicode-bidi:isolate}
        .tolk-editor .tolk-palette button{margin:.3rem .3rem 0 0;font:12px ui-monospace,monospace}
        .tolk-editor .tolk-warn,.tolk-editor .tolk-notice{color:#8a5a00;font-size:13px}
        .tolk-editor .tolk-actions{margin-top:.5rem;display:flex;gap:.5rem}
        .tolk-editor .tolk-actions button{font:600 14px system-ui,sans-serif;padding:.3rem .8rem}
        .tolk-editor .tolk-problems{margin:.4rem 0 0;padding-inline-start:1.2rem;font-size:13px}
        .tolk-editor .tolk-problems .error{color:#b71c1c}.tolk-editor .tolk-problems .warning{color:#8a5a00}.tolk-editor .tolk-problems .ok{color:#1b5e20}
        [data-unit]{cursor:pointer}
        .tolk-workbench button{font:13px system-ui,sans-serif;margin:.2rem 0}

        """
}
