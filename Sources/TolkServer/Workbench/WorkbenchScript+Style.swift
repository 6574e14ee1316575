extension WorkbenchScript {
    /// The editor's CSS, as `/_tolk/workbench.css` serves it.
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
        [data-tolk-string][tabindex]{cursor:pointer;outline:1px dotted #0d47a1;outline-offset:1px}
        [data-tolk-string][tabindex]:focus{outline:3px solid #000}
        .tolk-editor.tolk-plural .tolk-form{border-top:1px solid #dde3ee;margin-top:.5rem}
        .tolk-workbench button{font:13px system-ui,sans-serif;margin:.2rem 0}

        """
}
