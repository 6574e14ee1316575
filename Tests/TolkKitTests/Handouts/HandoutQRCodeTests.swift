import Foundation
import Testing
@testable import TolkKit

@Suite struct HandoutQRCodeTests {
    static let zbarimg = "/usr/bin/zbarimg"

    /// Decodes the QR code of an `<svg>`: drawn by `rsvg-convert` when installed (the real SVG),
    /// else from its modules into a PGM image.
    func decode(svg: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let image: URL
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") {
            try Data(svg.utf8).write(to: folder.appendingPathComponent("code.svg"))
            image = folder.appendingPathComponent("code.png")
            _ = try run("/usr/bin/rsvg-convert", ["-w", "400", "-o", image.path, folder.appendingPathComponent("code.svg").path])
        } else {
            image = folder.appendingPathComponent("code.pgm")
            try Data(pgm(svg: svg)).write(to: image)
        }
        return try run(Self.zbarimg, ["--raw", "-q", image.path]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Rasterizes the `M x y h w v1 h-w z` runs of the SVG's path, 8 pixels a module.
    func pgm(svg: String) throws -> [UInt8] {
        let side = Int(try #require(svg.firstMatch(of: /viewBox="0 0 (\d+) \d+"/)).1)!
        let scale = 8
        var pixels = [UInt8](repeating: 255, count: side * side * scale * scale)
        for match in svg.matches(of: /M(\d+) (\d+)h(\d+)/) {
            let (x, y, width) = (Int(match.1)!, Int(match.2)!, Int(match.3)!)
            for row in y * scale..<(y + 1) * scale {
                for column in x * scale..<(x + width) * scale { pixels[row * side * scale + column] = 0 }
            }
        }
        return Array("P5\n\(side * scale) \(side * scale)\n255\n".utf8) + pixels
    }

    func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("\(executable) exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: zbarimg), "needs zbar-tools"))
    func theQRCodeOfEveryHandoutDecodesToItsPageInTheSameLanguage() throws {
        let tree = try SiteFixture.render(try HandoutFixture.make())
        for (file, url) in [
            ("ur/handouts/chin.html", "https://example.org/info/ur/exercises/chin/"),
            ("ar/handouts/back.nb.html", "https://example.org/info/ar/topics/back/"),
            ("pl/handouts/back.html", "https://example.org/info/pl/topics/back/"),
        ] {
            let html = try #require(tree.text(file))
            let svg = String(try #require(html.firstMatch(of: /<svg class="qr-code".*?<\/svg>/)).output)
            #expect(try decode(svg: svg) == url, "\(file)")
        }
    }

    @Test func theCodeHasItsQuietZoneAndCrispModules() throws {
        let code = try #require(QRCode("https://example.org/info/ur/exercises/chin/"))
        let svg = code.svg(label: "x")
        #expect(svg.contains("viewBox=\"0 0 \(code.size + 8) \(code.size + 8)\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("<path fill=\"#000\" d=\"M4 4h7v1h-7z"))  // the finder pattern starts after 4 light modules
    }
}
