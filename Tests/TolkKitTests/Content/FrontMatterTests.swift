import Testing
@testable import TolkKit

/// The front-matter split scans bytes; it must split exactly as splitting the characters on
/// "\n" does (the way it was written first, kept here as the reference).
struct FrontMatterTests {
    static func reference(_ text: String) -> FrontMatter.Split? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingWhitespace == "---" else { return nil }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingWhitespace == "---" || $0.trimmingTrailingWhitespace == "..." }) else {
            return nil
        }
        return FrontMatter.Split(yaml: lines[1..<end].joined(separator: "\n"), yamlLineOffset: 1,
                                 body: lines[(end + 1)...].joined(separator: "\n"), bodyLineOffset: end + 1)
    }

    static let cases = [
        "---\ntitle: A\n---\nBody\n", "---\ntitle: A\n---", "---\n---\nBody", "---\ntitle: A\n...\nBody\n\nMore",
        "--- \ntitle: A\n---\t\nBody", "---\r\ntitle: A\r\n---\r\nBody\r\n", "---\ntitle: A\r\n---\nBody",
        "---", "---\n", "---\ntitle: A\n", "title: A\n---\n", "\u{FEFF}---\ntitle: A\n---\n", "----\ntitle: A\n---\n",
        "---\ntitle: A\n---\u{A0}\nB", "---\ntitle: A\n---\u{301}\n---\nB", "---\ntitle: \"Ø —\"\n...\u{2003}\nå\n", "",
        "---\n\n\n---\n\n", "---\ntitle: A\n--- x\n---\nB",
    ]

    @Test(arguments: cases) func splitsAsTheCharacterSplitDoes(_ text: String) {
        #expect(FrontMatter.split(text) == Self.reference(text))
    }

    @Test func randomTextsOfFencesAndLineEndsSplitTheSame() {
        var random = SeededGenerator(state: 7)
        let pieces = ["---", "...", "\n", "\r\n", "\r", " ", "\u{A0}", "title: A", "é", "\u{301}", "-", "."]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let candidate = "---\n" + text
            #expect(FrontMatter.split(candidate) == Self.reference(candidate), "\(candidate.debugDescription)")
            #expect(FrontMatter.split(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
