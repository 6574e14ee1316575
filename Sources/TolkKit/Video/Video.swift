/// An information video with subtitles: `Content/videos/<slug>.yml`.
public struct Video: Sendable, Hashable {
    /// A cue of the Norwegian subtitles: its timing from the source file, its text a unit.
    public struct Cue: Sendable, Hashable {
        public var unit: String
        public var start: Double
        public var end: Double
        /// Cue settings as written in the source (`line:85%`), the same in every language.
        public var settings: String
    }

    public var slug: String
    /// The video: a path relative to `Content/` (`videos/x.webm`, copied to the site) or an `https://` URL.
    public var video: String
    /// An optional still shown before playing, relative to `Content/` or an `https://` URL.
    public var poster: String?
    /// The source subtitles, relative to `Content/` (`videos/x.nb.vtt`).
    public var subtitles: String
    public var titleUnit: String
    public var summaryUnit: String?
    public var cues: [Cue]

    /// Whether `video` (or a poster) is a file of the project rather than an address.
    static func isLocal(_ path: String) -> Bool { !path.hasPrefix("https://") }

    /// The video's MIME type for `<source type>`, from its extension.
    var mediaType: String? {
        let name = video.split(separator: "?").first.map(String.init) ?? video
        if name.hasSuffix(".webm") { return "video/webm" }
        if name.hasSuffix(".mp4") || name.hasSuffix(".m4v") { return "video/mp4" }
        if name.hasSuffix(".ogv") { return "video/ogg" }
        return nil
    }
}
