import Foundation
import Testing
@testable import TolkKit

/// The API's text form of inline codes: round trips, codes from the source, refusals.
struct InlineMarkupTests {
    static let source = InlineText([
        .text("Hold i "), .placeholder(id: "1", code: .placeholder("hold")), .text(" sekunder. Les "),
        .open(id: "2", code: .link(url: "https://helsenorge.no/")), .text("her"), .close(id: "2"), .text("."),
    ])

    @Test func rendersAndReadsBackWithTheSourcesCodes() throws {
        let markup = InlineMarkup.render(Self.source)
        #expect(markup == #"Hold i <ph id="1"/> sekunder. Les <pc id="2">her</pc>."#)
        #expect(try InlineMarkup.parse(markup, source: Self.source) == Self.source)
        // Moved codes, RTL text, character references: the code's meaning comes from the source.
        let urdu = try InlineMarkup.parse(#"<pc id="2">یہاں</pc> پڑھیں &amp; <ph id="1"/> سیکنڈ &#x6D4;"#, source: Self.source)
        #expect(urdu == InlineText([.open(id: "2", code: .link(url: "https://helsenorge.no/")), .text("یہاں"), .close(id: "2"),
                                    .text(" پڑھیں & "), .placeholder(id: "1", code: .placeholder("hold")), .text(" سیکنڈ ۔")]))
        // A missing code is allowed here: the inline-codes check reports it.
        #expect(try InlineMarkup.parse("Hold.", source: Self.source) == InlineText(plain: "Hold."))
    }

    @Test func refusesWhatWouldBreakTheUnit() {
        let bad = [
            #"<b>x</b>"#, #"<pc id="7">x</pc>"#, #"<ph id="2"/>"#, #"<pc id="1">x</pc>"#, #"<pc id="2">x"#, "x</pc>",
            #"<ph id="1"/><ph id="1"/>"#, "a & b", "a < b", #"<ph id="1" x="y"/>"#, #"<sc id="2"/>x"#, #"<ec startRef="2"/>"#,
        ]
        for markup in bad {
            #expect(throws: InlineMarkup.Malformed.self, "\(markup)") { try InlineMarkup.parse(markup, source: Self.source) }
        }
    }

    @Test func overlappingCodesBecomeIsolatedCodes() throws {
        let source = InlineText([.open(id: "1", code: .strong), .text("a"), .close(id: "1"), .open(id: "2", code: .emphasis), .text("b"), .close(id: "2")])
        let markup = #"<sc id="1"/>a<sc id="2"/>b<ec startRef="1"/>c<ec startRef="2"/>"#
        let parsed = try InlineMarkup.parse(markup, source: source)
        #expect(InlineMarkup.render(parsed) == markup)
    }
}

/// Finding one unit's bytes in a file, whatever else is in it.
struct UnitSpanTests {
    @Test func findsTheWholeLinesOfOneUnit() throws {
        let text = "<file>\n    <unit id=\"a\" name=\"x\">\n      <segment/>\n    </unit>\n    <unit name='y' id='ab'><segment/></unit>\n</file>\n"
        let a = try #require(UnitSpan.find(id: "a", in: text))
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[a.range], as: UTF8.self) == "    <unit id=\"a\" name=\"x\">\n      <segment/>\n    </unit>\n")
        #expect(String(decoding: bytes[a.element], as: UTF8.self) == "<unit id=\"a\" name=\"x\">\n      <segment/>\n    </unit>")
        let ab = try #require(UnitSpan.find(id: "ab", in: text))
        #expect(String(decoding: bytes[ab.range], as: UTF8.self) == "    <unit name='y' id='ab'><segment/></unit>\n")
        #expect(UnitSpan.find(id: "b", in: text) == nil)
        #expect(UnitSpan.find(id: "a", in: text + "<unit id=\"a\"></unit>") == nil, "a repeated id is not guessed at")
        #expect(UnitSpan.find(id: "a", in: "<units id=\"a\"></units>") == nil)
    }
}
