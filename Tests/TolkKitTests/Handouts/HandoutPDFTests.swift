import Foundation
import Testing
@testable import TolkKit

/// Runs where Chromium and poppler-utils are installed (CI installs both).
@Suite(.enabled(if: ChromiumPDF.locate() != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"),
                "needs apt chromium and poppler-utils"))
struct HandoutPDFTests {
    func text(_ pdf: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [pdf.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // pdftotext marks right-to-left lines with embedding controls; the text itself is what counts.
        return String(decoding: data, as: UTF8.self).filter { !["\u{202A}", "\u{202B}", "\u{202C}"].contains($0) }
    }

    /// Whether `parts` occur in `text` in this order.
    func inOrder(_ parts: [String], in text: String) -> Bool {
        var rest = text[...]
        for part in parts {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    @Test func everyHandoutIsPrintedBesideItsHTMLWithSelectableTextInReadingOrder() throws {
        let project = try HandoutFixture.make()
        let output = project.root.appendingPathComponent("_site")
        let result = SiteBuild.build(root: project.root, output: output, withPDFs: true)
        #expect(result.diagnostics.filter { $0.check == "pdf" }.isEmpty, "\(result.diagnostics)")
        #expect(result.value?.pdf?.written == 18)
        for file in ["nb/handouts/chin.pdf", "ur/handouts/back.nb.pdf", "ar/handouts/chin.pdf", "pl/handouts/back.pdf"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path), "\(file)")
        }
        let urdu = try text(output.appendingPathComponent("ur/handouts/chin.pdf"))
        // Digits in right-to-left lines come out of pdftotext beside their words ("بار5"), so words carry the order.
        #expect(inOrder(["ٹھوڑی پیچھے کھینچنا", "ورزش کرنے کا طریقہ", "سیکنڈ تک روکیں", "بار", "سیکنڈ روکیں"], in: urdu), "\(urdu)")
        let arabic = try text(output.appendingPathComponent("ar/handouts/back.pdf"))
        #expect(inOrder(["ألم الظهر", "شائع ونادرا ما يكون خطيرا", "ماذا يمكنك أن تفعل", "امش قليلا كل يوم", "اتصل بالرقم"], in: arabic), "\(arabic)")
        let bilingual = try text(output.appendingPathComponent("ar/handouts/chin.nb.pdf"))
        #expect(bilingual.contains("سحب الذقن") && bilingual.contains("Haketrekk"))
        // Tagged, A4, and the same bytes on every build.
        let data = try Data(contentsOf: output.appendingPathComponent("ur/handouts/chin.pdf"))
        #expect(String(decoding: data, as: UTF8.self).contains("/StructTreeRoot"))
        #expect(String(decoding: data, as: UTF8.self).contains("/MediaBox [0 0 594.95996 841.91998]"))
        #expect(!String(decoding: data, as: UTF8.self).contains("(node0000030"))
    }

}

@Suite struct HandoutPDFWithoutChromiumTests {
    @Test func withoutChromiumThePDFsAreSkippedWithAWarningAndTheSiteIsBuilt() throws {
        let project = try HandoutFixture.make()
        let output = project.root.appendingPathComponent("_site")
        let result = SiteBuild.build(root: project.root, output: output, chromium: URL(fileURLWithPath: "/nonexistent/chromium"), withPDFs: true)
        let summary = try #require(result.value)
        #expect(summary.pdf?.written == 0)
        #expect(result.diagnostics.contains { $0.check == "pdf" && $0.severity == .warning && $0.message.hasPrefix("PDFs were skipped: ") })
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("ur/handouts/chin.html").path))
    }
}
