extension WorkbenchScript {
    /// A unit's markup (`<pc id>`, `<ph id/>`, `<sc id/>`, `<ec startRef/>`) to tokens and text, and the editor's content back to markup.
    static let markup = #"""

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

"""#
}
