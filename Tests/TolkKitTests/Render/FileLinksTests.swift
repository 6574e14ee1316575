import Foundation
import Testing
@testable import TolkKit
@testable import TolkServer

/// Browsing the built site from disk (`tolk build --file-links`) and the 404 page at any depth.
@Suite struct FileLinksTests {
    @Test func relativeFolderLinksNameTheirIndexFile() {
        let cases = [
            "../neck-pain/": "../neck-pain/index.html", "program/": "program/index.html", "../../en/": "../../en/index.html",
            "..": "../index.html", ".": "./index.html", "../..": "../../index.html",
            "../neck-pain/#steps": "../neck-pain/index.html#steps", "en/?review=1": "en/index.html?review=1",
            // Files, other schemes, root-absolute links and fragments stay as they are.
            "../assets/style.css": "../assets/style.css", "handouts/chin.html": "handouts/chin.html",
            "https://www.helsenorge.no/": "https://www.helsenorge.no/", "tel:113": "tel:113", "mailto:a@b.no": "mailto:a@b.no",
            "/en/": "/en/", "#main": "#main", "": "", "data:,": "data:,",
        ]
        for (link, expected) in cases {
            #expect(FileLinks.rewriteLink(link) == expected, "\(link)")
        }
    }

    @Test func onlyHrefAttributesAreRewritten() {
        let html = ##"<a class="home" href="../../en/">Home</a> <img src="../x/"> <p>href="a/"</p> <a href="#main">skip</a>"##
        #expect(FileLinks.rewrite(html)
            == ##"<a class="home" href="../../en/index.html">Home</a> <img src="../x/"> <p>href="a/"</p> <a href="#main">skip</a>"##)
    }

    /// Every relative link of every page, resolved as a browser on `file://` would: with `--file-links`
    /// each one reaches a file of the site; without, the folder links need a server.
    @Test func withFileLinksEveryLinkOfTheSampleLeadsToAFileOnDisk() throws {
        let prepared = SiteBuild.prepare(root: SampleProjectTests.root)
        let value = try #require(prepared.value)
        for fileLinks in [true, false] {
            let tree = OutputTree()
            try SiteRenderer(site: value.site, theme: value.theme, options: RenderOptions(fileLinks: fileLinks)).render(into: tree)
            var folders = 0, links = 0
            for (path, data) in tree.files where path.hasSuffix(".html") && path != "404.html" {
                for link in Self.relativeLinks(in: String(decoding: data, as: UTF8.self)) {
                    links += 1
                    let target = Self.resolve(link, from: path)
                    if tree[target] == nil {
                        #expect(!fileLinks, "\(path): \(link) leads to no file")
                        #expect(tree[target + "index.html"] != nil, "\(path): \(link) leads nowhere")
                        folders += 1
                    }
                }
            }
            #expect(links > 1000)
            if !fileLinks { #expect(folders > 500, "a build without --file-links links to folders") }
        }
    }

    @Test func buildCommandTellsHowToLookAtTheSite() throws {
        let project = try SiteFixture.make()
        let output = project.root.appendingPathComponent("_site").path
        let plain = try TolkBinary.run(["build"], in: project.root)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Website: \(output)/, for a web server. To look at it: tolk serve (or build with --file-links and open \(output)/index.html)."))
        let files = try TolkBinary.run(["build", "--file-links"], in: project.root)
        #expect(files.status == 0, "\(files.stderr)")
        #expect(files.stdout.contains("Website: open \(output)/index.html in a browser."))
        let index = try String(contentsOfFile: output + "/en/index.html", encoding: .utf8)
        #expect(index.contains(#"href="../en/topics/back/index.html""#))
        #expect(index.contains(#"href="program/index.html""#))
    }

    /// The preview serves at `/` whatever `base_url` says, so its 404 page finds its stylesheet at any depth.
    @Test func the404PageIsStyledAtAnyDepthInThePreview() async throws {
        // The fixture's base_url is https://example.org/info/.
        let project = try SiteFixture.make()
        // The built site's 404 starts at base_url's path: a static host serves it from there.
        let tree = try SiteFixture.render(project)
        #expect(tree.text("404.html")?.contains(#"<link rel="stylesheet" href="/info/assets/style.css">"#) == true)
        try await withServer(project) { server in
            for path in ["/nothing", "/en/topics/nothing/", "/ur/a/b/c/d/e"] {
                let reply = try await server.get(path)
                #expect(reply.status == 404, "\(path)")
                let stylesheet = try #require(reply.text.firstMatch(of: /<link rel="stylesheet" href="([^"]+)"/)?.1)
                #expect(stylesheet == "/assets/style.css", "\(path)")
                #expect(try await server.get(String(stylesheet)).status == 200)
            }
        }
    }

    /// `href` values that are relative links (no scheme, not root-absolute, not only a fragment).
    static func relativeLinks(in html: String) -> [String] {
        html.matches(of: #/ href="([^"]*)"/#).map { String($0.1) }.filter { link in
            !link.isEmpty && !link.hasPrefix("#") && !link.hasPrefix("/") && !link.contains(":")
        }
    }

    /// A relative link resolved against a site file's folder, without its query or fragment.
    static func resolve(_ link: String, from file: String) -> String {
        let path = link.split(separator: "#", omittingEmptySubsequences: false)[0].split(separator: "?", omittingEmptySubsequences: false)[0]
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": _ = parts.popLast()
            case ".", "": continue
            default: parts.append(String(part))
            }
        }
        let joined = parts.joined(separator: "/")
        return joined.isEmpty || !(path.hasSuffix("/") || path.hasSuffix(".")) ? joined : joined + "/"
    }
}
