import Foundation
import Testing
@testable import TolkKit

/// Handouts are read by patients, many with poor sight: the body text is at least 14 pt and the
/// footer at least 10 pt, in the stylesheet's last word on each (later rules win).
@Suite struct HandoutTypeSizeTests {
    /// The last `font-size` in pt given to exactly `selector` in the theme's handout.css.
    func lastSize(of selector: String, in css: String) throws -> Double? {
        let pattern = try NSRegularExpression(pattern: #"(?m)^([^{}\n]+)\{([^}]*)\}"#)
        var size: Double?
        for match in pattern.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            let selectors = css[Range(match.range(at: 1), in: css)!].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard selectors.contains(selector) else { continue }
            let body = String(css[Range(match.range(at: 2), in: css)!])
            if let found = body.firstMatch(of: /font-size:\s*([0-9.]+)pt/) { size = Double(found.1) }
        }
        return size
    }

    @Test func bodyTextIsAtLeast14PointAndTheFooterAtLeast10() throws {
        let project = try TemporaryProject([:])
        let theme = try #require(Theme.load(projectRoot: project.root).value)
        let css = String(decoding: try #require(theme.assets["handout.css"]), as: UTF8.self)
        for selector in [".handout", ".handout.bilingual", ".handout .summary"] {
            #expect(try #require(try lastSize(of: selector, in: css), "\(selector)") >= 14, "\(selector)")
        }
        #expect(try #require(try lastSize(of: ".handout .sheet-foot", in: css)) >= 10)
        // The bilingual caution bar: a list cell beside it keeps its markers clear of the bar.
        #expect(css.contains(".handout .pairs .cautions :is(ul, ol).cell:first-child { padding-inline-start: 9mm; }"))
    }
}
