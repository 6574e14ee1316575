/// The in-page editor of the translator view: plain JavaScript and CSS, no framework.
///
/// A click on a block (or Enter on a focused one) opens a panel with the Norwegian source, for
/// a stale unit the changed words and the old translation, and the target in the language's
/// `lang` and `dir`. Inline codes are tokens (`contenteditable=false`): they move as a whole,
/// a palette puts one back where the caret is, and one that is missing is named before saving.
/// Ctrl+Enter saves; the server's live reload then shows the page with the new text, and the
/// panel opens again with the unit's problems (kept in sessionStorage across the reload).
///
/// The script is one function scope, written in parts by concern: this file (setup, the API
/// call, element helpers), `+Markup` (codes to tokens and back), `+Editor` (the panel) and
/// `+Strings` (interface strings and plural forms), `+Page` (approving, attaching to the page's blocks); the style is in `+Style`.
enum WorkbenchScript {
    /// The whole script, as `/_tolk/workbench.js` serves it.
    static let source = setup + markup + editor + strings + page

    /// The token, the live-reload hold, the API call and a small element builder.
    static let setup = #"""
/* tolk serve: translator workbench */
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="tolk-token"]');
  if (!meta) return;
  var editToken = meta.content;
  var reviewerMeta = document.querySelector('meta[name="tolk-reviewer"]');
  // Who approves: --reviewer, else the name given once in this browser (asked when absent).
  function reviewerName() {
    var name = reviewerMeta ? reviewerMeta.content : (localStorage.getItem("tolk-reviewer") || prompt("Your name, recorded with the approval:"));
    if (name) localStorage.setItem("tolk-reviewer", name);
    return name;
  }
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

"""#
}
