import TolkKit

/// What the preview adds to every page through `RenderOptions.bodyExtra`: the live-reload
/// script and a small bar that switches between the reader's and the translator's view.
/// `tolk build` never sets bodyExtra, so none of this reaches the published site.
enum PreviewChrome {
    /// The path of the Server-Sent Events stream.
    static let eventsPath = "/_tolk/events"

    /// Render options of the reader's view.
    static func readerOptions(profile: String?) -> RenderOptions { RenderOptions(bodyExtra: bar(review: false, profile: profile) + script, sitePath: "/") }

    /// Render options of the translator view: blocks annotated with unit, status and source.
    static func reviewOptions(profile: String?) -> RenderOptions {
        RenderOptions(bodyExtra: reviewStyle + bar(review: true, profile: profile) + script, annotateUnits: true, sitePath: "/")
    }

    /// Reloads the page when the server says its file changed (the event lists the changed
    /// pages' paths, or `*` when a build failed or was fixed); after a lost connection,
    /// reloads when the server restarted in between. While the workbench holds the page (an
    /// edit not yet saved, approvals under way: `window.tolkHold()`), the reload waits and
    /// `window.tolkPending` says one is due, so typing is never thrown away.
    static let script = """
        <script>/* tolk serve: live reload */(function(){var s=new EventSource("\(eventsPath)"),t=null;\
        function r(){if(window.tolkHold&&window.tolkHold()){window.tolkPending=true;return}location.reload()}\
        s.addEventListener("hello",function(e){var k=e.data.split(" ")[0];if(t!==null&&t!==k)r();t=k});\
        s.addEventListener("reload",function(e){var p=e.data.split(" ").slice(1),h=decodeURIComponent(location.pathname).replace(/index\\.html$/,"");\
        if(p[0]==="*"||p.indexOf(h)>=0)r()})})();</script>

        """

    /// The bar names the profile served (`tolk serve --profile trondheim`): with several clinics,
    /// the editor must see whose phone number the page shows.
    static func bar(review: Bool, profile: String? = nil) -> String {
        let link = review ? "<a href=\"?review=0\">Reader view</a>" : "<a href=\"?review=1\">Translator view</a>"
        return """
            <div class="tolk-bar" lang="en" dir="ltr"><span>tolk serve\(profile.map { " · " + HTML.escape($0) } ?? "")</span> \(link)</div>
            <style>.tolk-bar{position:fixed;bottom:.5rem;inset-inline-end:.5rem;z-index:2147483646;font:13px/1.5 system-ui,sans-serif;\
            background:#1d1d1f;color:#fff;padding:.2rem .6rem;border-radius:.3rem;opacity:.9}.tolk-bar a{color:#9cf;margin-inline-start:.4rem}\
            @media print{.tolk-bar{display:none}}</style>

            """
    }

    /// Outlines and labels blocks that are missing, stale or not yet reviewed; the source text
    /// shows on hover (the title attribute) and, for keyboard users, below a focused block.
    static let reviewStyle = """
        <style>
        [data-status]{outline-offset:2px}
        [data-status=missing]{outline:2px solid #b71c1c;background:#fdecea}
        [data-status=stale]{outline:2px solid #e65100;background:#fff3e0}
        [data-status=unreviewed]{outline:2px dashed #0d47a1}
        [data-status=missing]::before,[data-status=stale]::before,[data-status=unreviewed]::before{content:attr(data-status);\
        display:inline-block;margin-inline-end:.4em;padding:0 .35em;border-radius:.2em;font:600 11px/1.6 system-ui,sans-serif;\
        color:#fff;background:#b71c1c;vertical-align:middle}
        [data-status=stale]::before{background:#e65100}
        [data-status=unreviewed]::before{background:#0d47a1}
        [data-unit]:focus{outline:3px solid #000}
        [data-unit]:focus::after{content:attr(title);display:block;margin-top:.3em;padding:.2em .4em;font:13px/1.4 system-ui,sans-serif;\
        background:#1d1d1f;color:#fff;border-radius:.2em}
        .tolk-review{font:14px/1.5 system-ui,sans-serif;border-top:3px solid #0d47a1;margin:2rem 0 3rem;padding:1rem;background:#f5f7fb;color:#111}
        .tolk-review h2{font-size:1rem;margin:0 0 .5rem}.tolk-review ul{margin:.3rem 0;padding-inline-start:1.2rem}
        .tolk-review code{font-size:12px}.tolk-review .error{color:#b71c1c}.tolk-review .warning{color:#8a5a00}
        </style>

        """
}
