import Foundation
import Testing
@testable import TolkKit

/// The fixture project (nb, en, ur) rendered and compared with the files under
/// `Fixtures/golden-site/`. After an intended change to the output, regenerate them with
/// `TOLK_UPDATE_GOLDEN=1 swift test --filter GoldenSiteTests` and review the diff.
@Suite struct GoldenSiteTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/golden-site")
    static let files = [
        "index.html", "404.html", "sitemap.xml", "robots.txt",
        "nb/index.html", "en/topics/back/index.html", "ur/topics/back/index.html",
        "ur/exercises/chin/index.html", "ur/index.html",
    ]

    @Test func outputMatchesTheGoldenFiles() throws {
        let tree = try SiteFixture.render(try SiteFixture.make())
        let update = ProcessInfo.processInfo.environment["TOLK_UPDATE_GOLDEN"] == "1"
        for path in Self.files {
            let actual = try #require(tree.text(path), "\(path) was not rendered")
            let url = Self.goldenFolder.appendingPathComponent(path)
            if update {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(actual == expected, "\(path) differs from Fixtures/golden-site/\(path)")
        }
    }
}
