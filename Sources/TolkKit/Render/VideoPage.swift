/// The page of a video in one language (`/<lang>/videos/<slug>/`) and its subtitles
/// (`/<lang>/videos/<slug>.vtt`). Subtitles are published in a language only when every cue
/// is shown in that language (translated, current, at the minimum state and free of errors):
/// half-translated subtitles, or Norwegian lines under an Urdu label, mislead more than none.
struct VideoPage {
    let renderer: SiteRenderer

    /// The article: the video with a track per language whose subtitles are complete (the
    /// page's language the default), and the transcript of the cues below it (WCAG 1.2.1:
    /// a text alternative for those who cannot play or hear the video).
    func content(_ video: Video, document: SourceDocument, text: PageText, language: LanguageSettings, strings: InterfaceText,
                 root: String) -> (html: String, title: String, summary: String?) {
        let site = renderer.site
        let page = PageID(kind: .video, slug: video.slug)
        let inline = InlineHTMLRenderer(root: root, isolateNumberGroups: language.direction == .rtl, linkPhoneNumbers: true)
        let tracks: [[String: Any]] = site.languages(publishing: page).compactMap { other in
            let otherText = other.tag == language.tag ? text : PageText.resolve(document, language: other, site: site, only: Set(video.cues.map(\.unit)))
            guard Self.hasCompleteSubtitles(video, text: otherText) else { return nil }
            return ["src": root + renderer.paths.subtitlesFile(video.slug, language: other.tag), "lang": other.tag,
                    "label": other.name, "default": other.tag == language.tag]
        }
        let cues: [[String: Any]] = video.cues.map { cue in
            let entry = text[cue.unit]
            // The start time in the language's digits (٠:٠٥ in Arabic), like every number on its pages.
            let time = String(Self.clock(cue.start).map { character in
                character.wholeNumberValue.map { Character(strings.digits[$0]) } ?? character
            })
            return ["time": time, "html": inline.render(Self.joiningLines(entry.text)),
                    "attributes": attributes(entry, unit: cue.unit)]
        }
        let summary = video.summaryUnit.map { text[$0] }
        let context: [String: Any] = [
            "title": inline.render(text[video.titleUnit].text),
            "title_attributes": attributes(text[video.titleUnit], unit: video.titleUnit),
            "summary": summary.map { inline.render($0.text) } as Any? ?? false,
            "summary_attributes": video.summaryUnit.map { attributes(text[$0], unit: $0) } ?? "",
            "src": Video.isLocal(video.video) ? root + video.video : video.video, "type": video.mediaType ?? false,
            "poster": video.poster.map { Video.isLocal($0) ? root + $0 : $0 } ?? false,
            "tracks": tracks, "cues": cues, "label_transcript": strings.html("transcript"),
        ]
        return (renderer.theme.render("video", context), text[video.titleUnit].text.plainText, summary?.text.plainText)
    }

    /// ` lang dir` for a text in another language than the page, and in the translator view
    /// (`tolk serve`, `?review=1`) the unit's id, status and source, as on topic pages.
    private func attributes(_ entry: PageText.Entry, unit: String) -> String {
        var result = entry.foreignLanguage.map(HTML.languageAttributes) ?? ""
        if renderer.options.annotateUnits {
            let status = entry.status == .current && entry.state < .reviewed ? "unreviewed" : entry.status.rawValue
            result += " data-unit=\"\(HTML.escape(unit))\" data-status=\"\(status)\" title=\"\(HTML.escape(entry.source.plainText))\""
        }
        return result
    }

    /// Whether every cue is shown in the page's own language.
    static func hasCompleteSubtitles(_ video: Video, text: PageText) -> Bool {
        video.cues.allSatisfy { cue in
            guard let entry = text.entries[cue.unit] else { return false }
            return entry.foreignLanguage == nil
        }
    }

    /// The WebVTT file of the video in `text`'s language, timings from the source. Right-to-left
    /// languages get U+200F (RIGHT-TO-LEFT MARK) at the start of every line: a cue's direction
    /// is taken from its first strong letter, so a line starting with "MR" or a number would
    /// otherwise be laid out left to right.
    static func subtitles(_ video: Video, text: PageText, language: LanguageSettings) -> String {
        let lineStart = language.direction == .rtl ? "\u{200F}" : ""
        var out = "WEBVTT\n"
        for (index, cue) in video.cues.enumerated() {
            out += "\n\(index + 1)\n\(WebVTT.format(cue.start)) --> \(WebVTT.format(cue.end))"
            if !cue.settings.isEmpty { out += " \(cue.settings)" }
            out += "\n" + lineStart + cueText(text[cue.unit].text, lineStart: lineStart) + "\n"
        }
        return out
    }

    /// Inline text as WebVTT cue text: spans as their tags, line breaks as new lines, and
    /// nothing a translation could use to end the cue early (a blank line, `-->`) or add markup.
    static func cueText(_ text: InlineText, lineStart: String) -> String {
        var out = ""
        var names: [String: String] = [:]
        for element in text.elements {
            switch element {
            case .text(let value):
                let oneLine = value.split(whereSeparator: \.isNewline).joined(separator: " ")
                out += oneLine.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;")
            case .placeholder(_, .lineBreak): out += "\n" + lineStart
            case .open(let id, .cueSpan(let tag)):
                names[id] = String(tag.prefix { $0 != "." && $0 != " " && $0 != "\t" })
                out += "<\(tag)>"
            case .close(let id): if let name = names[id] { out += "</\(name)>" }
            default: break
            }
        }
        return out
    }

    /// A cue's lines as one line of running text, for the transcript.
    static func joiningLines(_ text: InlineText) -> InlineText {
        InlineText(text.elements.map { element in
            if case .placeholder(_, .lineBreak) = element { .text(" ") } else { element }
        })
    }

    /// "0:04", "1:02:03": where a cue starts, as a reader says it.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds)
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = secs < 10 ? "0\(secs)" : String(secs)
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(two)" }
        return "\(minutes):\(two)"
    }
}
