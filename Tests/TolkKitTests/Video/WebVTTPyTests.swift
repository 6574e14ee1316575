import Foundation
import Testing
@testable import TolkKit

/// Every .vtt the build writes parses with an independent WebVTT parser (PyPI `webvtt-py`, in a
/// virtual environment of its own) with the cue count and timings of the source. Skipped when
/// Python or the package cannot be had (no network, no mirror).
@Suite struct WebVTTPyTests {
    /// A Python with webvtt-py, made once per machine; nil when it cannot be made.
    static let python: URL? = {
        let venv = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-webvtt-py-venv")
        let python = venv.appendingPathComponent("bin/python3")
        func run(_ executable: String, _ arguments: [String]) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
        if run(python.path, ["-c", "import webvtt"]) { return python }
        guard run("/usr/bin/env", ["python3", "-m", "venv", venv.path]),
              run(python.path, ["-m", "pip", "install", "-q", "--disable-pip-version-check", "webvtt-py"]),
              run(python.path, ["-c", "import webvtt"]) else { return nil }
        return python
    }()

    static let script = """
        import json, sys, webvtt
        out = []
        for path in sys.argv[1:]:
            cues = webvtt.read(path)
            out.append([[c.start, c.end, c.text] for c in cues])
        print(json.dumps(out))
        """

    @Test(.enabled(if: python != nil, "webvtt-py could not be installed")) func everyBuiltVTTParsesWithTheSourceTimings() throws {
        let tree = try VideoSiteTests.build(SampleProjectTests.root)
        let project = try #require(ProjectLoader.load(at: SampleProjectTests.root).value)
        let (_, video) = try #require(project.videos.first)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-vtt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let languages = project.config.languages.map(\.tag)
        var paths: [String] = []
        for language in languages {
            let data = try #require(tree["\(language)/videos/\(video.slug).vtt"], "no subtitles in \(language)")
            let path = folder.appendingPathComponent("\(language).vtt").path
            try data.write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let process = Process()
        process.executableURL = try #require(Self.python)
        process.arguments = ["-c", Self.script] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [[[Any]]])
        #expect(parsed.count == languages.count)
        let expected = video.cues.map { [WebVTT.format($0.start), WebVTT.format($0.end)] }
        for (language, cues) in zip(languages, parsed) {
            #expect(cues.map { [$0[0] as? String ?? "", $0[1] as? String ?? ""] } == expected, "\(language)")
            #expect(cues.allSatisfy { !(($0[2] as? String) ?? "").isEmpty }, "\(language)")
        }
    }
}
