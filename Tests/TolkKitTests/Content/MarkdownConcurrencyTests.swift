import Foundation
import Testing
@testable import TolkKit

/// cmark-gfm keeps parser state in globals: the extension registry, filled on first use, and
/// the table of special inline characters, which every parse adds `|` and `~` to and takes
/// them out of again when it ends. Topics are parsed on every core at once, so these tests
/// parse from many threads and expect exactly what one thread gets.
@Suite struct MarkdownConcurrencyTests {
    static let body = """
        Ta **én** tablett ~~to ganger~~ om dagen, *etter* mat.

        | Dag | Dose |
        | --- | ---- |
        | ~~mandag~~ | 1 `mg` |
        | tirsdag | [2 mg](../dose/) |

        - ~~Ikke~~ kjør bil.
        - Ring 113 ved ~~brystsmerter~~ pustebesvær.

        """

    struct Parsed: Equatable {
        let blocks: [Block]
        let units: [TolkKit.Unit]
    }

    static func parse() -> Parsed {
        var extractor = MarkdownExtractor(path: "Content/topics/dose.md", lineOffset: 4, reservedIDs: ["title"])
        let blocks = extractor.extract(body)
        return Parsed(blocks: blocks, units: extractor.units)
    }

    @Test func parsesFromManyThreadsGiveWhatOneThreadGives() {
        let expected = Self.parse()
        let rounds = 400
        let differing = ResultSlots<Int>(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            differing[thread] = (0..<rounds).filter { _ in Self.parse() != expected }.count
        }
        let count = differing.values.reduce(0) { $0 + ($1 ?? 0) }
        #expect(count == 0, "\(count) of \(8 * rounds) parallel parses differed")
        #expect(String(describing: expected.units).contains("strikethrough"), "the sample must be struck through")
        #expect(expected.blocks.contains { if case .table = $0 { true } else { false } }, "the sample must have a table")
    }
}
