import Testing
@testable import TolkKit

/// `WordDiff`: the longest common subsequence of the words of two texts, as `stale` shows it.
@Suite struct WordDiffTests {
    static let old = "Mange får hodepine av å sitte lenge foran skjermen. Ta gjerne en pause hver time og gå en tur."
    static let new = "Mange får hodepine av å sitte lenge foran skjermen. Ta gjerne en pause hver halvtime og gå en tur."

    @Test func aChangePastTheStartIsShownWithItsContext() {
        #expect(WordDiff(Self.old, Self.new).text() == "… gjerne en pause hver [-time-]{+halvtime+} og gå en tur.")
        #expect(WordDiff(Self.old, Self.new).text(context: 2) == "… pause hver [-time-]{+halvtime+} og gå …")
    }

    @Test func runsKeepTheCommonWordsAndGroupEachChange() {
        #expect(WordDiff("a b c d", "a x c d e").runs == [
            .same(["a"]), .changed(removed: ["b"], added: ["x"]), .same(["c", "d"]), .changed(removed: [], added: ["e"]),
        ])
        #expect(WordDiff("Ta 1 tablett.", "Ta 2 tabletter.").text() == "Ta [-1 tablett.-]{+2 tabletter.+}")
        #expect(WordDiff("Hvil.", "").text() == "[-Hvil.-]")
        #expect(WordDiff("", "Hvil.").text() == "{+Hvil.+}")
    }

    @Test func farApartChangesKeepTheirOwnContext() {
        let old = "en to tre fire fem seks sju åtte ni ti elleve tolv"
        let new = "EN to tre fire fem seks sju åtte ni ti elleve TOLV"
        #expect(WordDiff(old, new).text(context: 2) == "[-en-]{+EN+} to tre … ti elleve [-tolv-]{+TOLV+}")
        // Close changes share the words between them.
        #expect(WordDiff("a b c d e", "A b c d E").text(context: 2) == "[-a-]{+A+} b c d [-e-]{+E+}")
    }

    @Test func spacingIsNoChange() {
        let diff = WordDiff("Hold  deg\ni aktivitet.", "Hold deg i aktivitet.")
        #expect(!diff.hasChanges)
        #expect(diff.text() == "Hold deg i aktivitet.")
        #expect(WordDiff("a b", "a c").hasChanges)
    }

    @Test func htmlIsEscapedAndWhole() {
        let diff = WordDiff("Bruk <b> & \"mer\" her i dag, og i morgen, og neste dag.", "Bruk <i> & \"mer\" her i dag, og i morgen, og neste dag.")
        #expect(diff.html() == "Bruk <del>&lt;b&gt;</del><ins>&lt;i&gt;</ins> &amp; &quot;mer&quot; her i dag, og i morgen, og neste dag.")
        #expect(WordDiff("a\u{202E}b", "c").html() == "<del>a&lt;U+202E&gt;b</del><ins>c</ins>")
        #expect(WordDiff("a\u{202E}b", "c").text() == "[-a<U+202E>b-]{+c+}")
    }

    @Test func aHugeRewriteIsOneChangeWithoutATable() {
        let old = (0 ..< 1500).map { "o\($0)" }.joined(separator: " ")
        let new = (0 ..< 1500).map { "n\($0)" }.joined(separator: " ")
        let diff = WordDiff("Start " + old + " slutt.", "Start " + new + " slutt.")
        #expect(diff.runs.count == 3)
        #expect(diff.runs.first == .same(["Start"]))
        #expect(diff.runs.last == .same(["slutt."]))
    }
}
