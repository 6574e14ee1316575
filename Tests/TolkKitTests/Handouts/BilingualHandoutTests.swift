import Foundation
import Testing
@testable import TolkKit

@Suite struct BilingualHandoutTests {
    /// The cells of the rows, in order: (lang, dir) of each `class="cell"` element.
    func cells(_ html: String) throws -> [(lang: String, dir: String)] {
        let pattern = try NSRegularExpression(pattern: "class=\"cell\" lang=\"([a-z]+)\" dir=\"(rtl|ltr)\"")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            (String(html[Range(match.range(at: 1), in: html)!]), String(html[Range(match.range(at: 2), in: html)!]))
        }
    }

    @Test func rowsPutARightToLeftCellBesideALeftToRightOne() throws {
        let tree = try SiteFixture.render(try HandoutFixture.make())
        for (language, direction) in [("ur", "rtl"), ("ar", "rtl"), ("pl", "ltr")] {
            for page in ["back", "chin"] {
                let html = try #require(tree.text("\(language)/handouts/\(page).nb.html"))
                #expect(html.contains("<html lang=\"\(language)\" dir=\"\(direction)\">"))
                let cells = try cells(html)
                #expect(cells.count >= 8 && cells.count % 2 == 0, "\(language) \(page): \(cells.count) cells")
                for (index, cell) in cells.enumerated() {
                    let expected = index % 2 == 0 ? (language, direction) : ("nb", "ltr")
                    #expect(cell.lang == expected.0 && cell.dir == expected.1, "\(language) \(page) cell \(index)")
                }
                #expect(html.contains("<div class=\"pair\">") && html.contains("<div class=\"pair heading\">"))
            }
        }
    }

    @Test func anExerciseRowByRow() throws {
        let tree = try SiteFixture.render(try HandoutFixture.make())
        let html = try #require(tree.text("ur/handouts/chin.nb.html"))
        #expect(html.contains("<h1 class=\"pair title\"><span class=\"cell\" lang=\"ur\" dir=\"rtl\">ٹھوڑی پیچھے کھینچنا</span><span class=\"cell\" lang=\"nb\" dir=\"ltr\">Haketrekk</span></h1>"))
        #expect(html.contains("<div class=\"pair\"><ol class=\"cell\" lang=\"ur\" dir=\"rtl\"><li>2 سیکنڈ تک روکیں۔</li></ol><ol class=\"cell\" lang=\"nb\" dir=\"ltr\"><li>Hold i 2 sekunder.</li></ol></div>"))
        #expect(html.contains("<li>5 بار</li>"))
        #expect(html.contains("<li>5 repetisjoner</li>"))
        #expect(html.contains("<figure class=\"illustration head-illustration\"><img src=\"../../images/chin.svg\""))
    }

    @Test func aTopicRowByRowWithListNumberingKept() throws {
        let project = try HandoutFixture.make()
        try project.write("Content/topics/back.md", SiteFixture.topic + "\n1. Først\n2. Så\n")
        try project.sync()
        try project.translateAll("Locales/pl/topics/back.xlf") { "PL " + $0 }
        let html = try #require(try SiteFixture.render(project).text("pl/handouts/back.nb.html"))
        #expect(html.contains("<div class=\"pair\"><div class=\"cell\" lang=\"pl\" dir=\"ltr\"><ol start=\"2\">\n<li>PL Så</li>\n</ol>\n</div><div class=\"cell\" lang=\"nb\" dir=\"ltr\"><ol start=\"2\">\n<li>Så</li>\n</ol>\n</div></div>"))
        #expect(html.contains("<div class=\"pair heading\"><div class=\"cell\" lang=\"pl\" dir=\"ltr\"><h2>Co możesz zrobić?</h2>\n</div><div class=\"cell\" lang=\"nb\" dir=\"ltr\"><h2>Hva kan du gjøre?</h2>\n</div></div>"))
    }
}
