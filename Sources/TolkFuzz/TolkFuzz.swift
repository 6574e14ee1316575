// libFuzzer harnesses for the readers of files that come back from outside (translation
// agencies, CAT tools, editors' laptops). Built only with TOLK_FUZZ=1 and `-sanitize=fuzzer`
// (see scripts/fuzz); libFuzzer supplies `main`. One binary holds every harness so the slow
// sanitized build happens once; TOLK_FUZZ_TARGET picks the harness.
import Foundation
@testable import TolkKit

/// The harnesses by name, as `scripts/fuzz TARGET` takes them.
let harnesses: [String: @Sendable (Data) -> Void] = [
    // The XLIFF reader runs the core validator on the same tree; `validate` is the entry point
    // of `tolk validate`, which parses again on its own.
    "xliff": { data in
        _ = XLIFFReader.read(data, path: "Locales/en/topics/fuzz.xlf")
        _ = XLIFFValidator.validate(data, path: "fuzz.xlf")
    },
    // A topic: front matter split, YAML of the front matter, and the Markdown unit extractor.
    "topic": { data in
        _ = TopicLoader.load(String(decoding: data, as: UTF8.self), path: "Content/topics/fuzz.md", slug: "fuzz")
    },
    // The Markdown unit extractor alone, with a fixed front matter so every input reaches it.
    "markdown": { data in
        var extractor = MarkdownExtractor(path: "Content/topics/fuzz.md", lineOffset: 4, reservedIDs: ["title"])
        _ = extractor.extract(String(decoding: data, as: UTF8.self))
    },
    "siteconfig": { data in
        _ = SiteConfigLoader.load(String(decoding: data, as: UTF8.self))
    },
    "exercise": { data in
        _ = ExerciseLoader.load(String(decoding: data, as: UTF8.self), path: "Content/exercises/fuzz.yml", slug: "fuzz")
    },
    // A subtitle file: the WebVTT reader, then the cues as units of a video (issue 16).
    "webvtt": { data in
        let text = String(decoding: data, as: UTF8.self)
        _ = WebVTT.parse(text, path: "Content/videos/fuzz.nb.vtt")
        _ = VideoLoader.load("title: Fuzz\nvideo: https://example.org/fuzz.webm\nsubtitles: videos/fuzz.nb.vtt\n",
                             path: "Content/videos/fuzz.yml", slug: "fuzz", subtitles: text)
    },
    // The inline codes of a target (<ph>, <pc>, <sc>/<ec>, <mrk>, <cp>), inside a valid unit, and
    // their resolution against the source's codes as rendering does it.
    "inline": { data in
        let target = String(decoding: data, as: UTF8.self)
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="nb" trgLang="en">
            <file id="f"><unit id="u1"><segment state="translated">
            <source>Ta <pc id="1">to</pc> tabletter <ph id="2"/> hver dag.</source>
            <target>\(target)</target>
            </segment></unit></file></xliff>
            """
        let read = XLIFFReader.read(Data(xml.utf8), path: "Locales/en/topics/fuzz.xlf")
        if let unit = read.value?.units.first {
            _ = unit.target?.resolvingCodes(from: unit.source)
        }
    },
]

let selected: @Sendable (Data) -> Void = {
    let name = ProcessInfo.processInfo.environment["TOLK_FUZZ_TARGET"] ?? ""
    guard let harness = harnesses[name] else {
        let names = harnesses.keys.sorted().joined(separator: ", ")
        FileHandle.standardError.write(Data("TOLK_FUZZ_TARGET must be one of: \(names)\n".utf8))
        exit(2)
    }
    return harness
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    selected(Data(bytes: bytes, count: count))
    return 0
}

// SwiftPM links an executable with its entry point renamed to `TolkFuzz_main` (`--defsym
// main=TolkFuzz_main`); with `-parse-as-library` there is none, so hand the process to
// libFuzzer's driver here (what libFuzzer's own `main` does).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("TolkFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { bytes, size in fuzzOne(bytes, size) }
}
