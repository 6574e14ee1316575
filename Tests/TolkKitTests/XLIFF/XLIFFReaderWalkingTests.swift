import Foundation
import Testing
@testable import TolkKit

/// The reader walks libxml2's nodes and compares names as bytes (XMLElement+Walking). These
/// tests read tricky files both that way and with a plain reader over the string API
/// (`children`, `name`, `namespace`, `attribute`), which is how the reader used to work, and
/// expect the same units.
@Suite struct XLIFFReaderWalkingTests {
    /// Prefixes, two declarations of the core namespace, groups, notes with extra attributes,
    /// several segments and an ignorable, codes of every kind, foreign elements, CDATA, character
    /// references and entities in text and attributes, CRLF; Polish, Urdu and Arabic text.
    static let tricky = "\u{FEFF}" + """
        <?xml version="1.0" encoding="UTF-8"?>
        <x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:f="http://example.com/foreign" version="2.1" srcLang="nb" trgLang="ur">
        <x:file id="f1" original="Content/topics/a.md">
          <x:group id="g1"><x:group id="g2">
          <x:unit id="p-&#49;&amp;2" f:mark="x">
            <x:notes>
              <x:note category="tolk:context" priority="2" f:by="me">Paragraph &amp; more</x:note>
              <x:note category="tolk:previous-source">Gammel <![CDATA[<tekst>]]></x:note>
              <f:note>not a note</f:note>
            </x:notes>
            <x:segment state="reviewed" subState="tool:x">
              <x:source>Łódź: <x:pc id="1" type="fmt">zażółć</x:pc> gęślą <x:ph id="2"/>.</x:source>
              <x:target>لاہور <x:pc id="1">۲۵ ملی گرام</x:pc><x:ph id="2"/>۔ <f:b>ignored <f:i>tag</f:i></f:b><x:cp hex="200F"/></x:target>
            </x:segment>
            <x:ignorable><x:source>  </x:source></x:ignorable>
            <x:segment state="translated">
              <x:source>Ring <x:sc id="3"/>113<x:ec startRef="3"/> <x:mrk id="m1" type="term">nå</x:mrk><x:sm id="s"/><x:em startRef="s"/></x:source>
              <x:target><x:sc id="3"/>اتصل بـ ١١٣<x:ec id="e3" startRef="3"/> <x:mrk id="m1">الآن</x:mrk>&#x200D;&lt;&gt;</x:target>
            </x:segment>
          </x:unit>
          </x:group>
          <unit xmlns="urn:oasis:names:tc:xliff:document:2.0" id="title"><segment><source>Tittel</source><target></target></segment></unit>
          </x:group>
          <x:unit id="no-target"><x:segment state="initial"><x:source>Uten</x:source></x:segment></x:unit>
          <x:unit id="bad-state"><x:segment state="done"><x:source>A</x:source><x:target>B</x:target></x:segment></x:unit>
          <x:unit><x:segment><x:source>no id</x:source></x:segment></x:unit>
          <x:unit id="empty"/>
          <f:unit id="foreign"><x:segment><x:source>not read</x:source></x:segment></f:unit>
          <x:unit id="title"><x:segment><x:source>twice</x:source></x:segment></x:unit>
        </x:file>
        </x:xliff>
        """.replacingOccurrences(of: "\n", with: "\r\n")

    @Test func walkingReadsWhatTheStringAPIReads() throws {
        let data = Data(Self.tricky.utf8)
        // The file breaks the core rules on purpose, so `read` refuses it (a `<f:unit>` among
        // the units of <file> spoils the whole file); the walk is tested on the units it finds.
        #expect(XLIFFReader.read(data, path: "Locales/ur/a.xlf").value == nil)
        let document = try #require(XMLDocument.parse(data, path: "Locales/ur/a.xlf").value?.root)
        let read = XLIFFReader.file(in: document, path: "Locales/ur/a.xlf", unusable: [])
        let file = try #require(read.value)
        let reference = try #require(ReferenceReader.read(data, path: "Locales/ur/a.xlf"))
        #expect(file.units.map(\.id) == ["p-1&2", "title", "no-target", "bad-state", "empty", "title"])
        #expect(file.units == reference.units)
        // What is wrong with the units is the validator's to say now, not the reader's.
        #expect(read.diagnostics.isEmpty)
        #expect(reference.diagnostics.count == 4)

        let unit = file.units[0]
        #expect(unit.previousSource == "Gammel <tekst>")
        #expect(unit.notes[0] == UnitNote(category: "tolk:context", text: "Paragraph & more", attributes: ["priority": "2"]))
        #expect(unit.target?.elements.first == .text("لاہور "))
        #expect(unit.target?.plainText == "لاہور ۲۵ ملی گرام۔ ignored tag\u{200F}  اتصل بـ ١١٣ الآن\u{200D}<>")
        #expect(unit.location == SourceLocation(file: "Locales/ur/a.xlf", line: 5, column: 3))
        #expect(unit.targetLocation == SourceLocation(file: "Locales/ur/a.xlf", line: 13, column: 7))
        #expect(file.units[1].location.column == 3)
    }

    @Test func signaturesCollapseWhitespaceOfEveryScript() {
        // The byte scan that lets clean texts through unchanged, against collapsing by scalars.
        func collapsed(_ text: String) -> String {
            text.unicodeScalars.split(whereSeparator: InlineText.isWhitespace).map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
        }
        for text in ["Zażółć gęślą jaźń.", "لاہور میں ۲۵ ملی گرام", "مُحَمَّد  و\u{A0}أحمد", " Łódź", "Łódź ", "a\u{2003}b",
                     "a\u{3000}\u{3000}b", "“Hei” – sa han", "a\r\nb", "a\u{85}b", "\u{1680}x", ""] {
            #expect(InlineText.collapsingWhitespace(text) == collapsed(text), "\(text.debugDescription)")
        }
    }

    @Test func targetsWithAndWithoutCodesResolveAgainstTheSource() {
        let source = InlineText([.text("Ta "), .open(id: "1", code: .strong), .text("to"), .close(id: "1"), .text(" "),
                                 .placeholder(id: "2", code: .placeholder("{hold}"))])
        let plain = InlineText([.text("لاہور میں ۲۵ ملی گرام")])
        #expect(plain.resolvingCodes(from: source) == plain)
        #expect(InlineText().resolvingCodes(from: source) == InlineText())
        let coded = InlineText([.placeholder(id: "2", code: .unknown), .text(" دو "), .open(id: "1", code: .unknown), .text("گولیاں"),
                                .close(id: "1"), .placeholder(id: "9", code: .unknown)])
        #expect(coded.resolvingCodes(from: source) == InlineText([
            .placeholder(id: "2", code: .placeholder("{hold}")), .text(" دو "), .open(id: "1", code: .strong), .text("گولیاں"),
            .close(id: "1"), .placeholder(id: "9", code: .unknown),
        ]))
    }

    @Test func namespacesCompareByBytesThenAsStrings() {
        let composed = "urn:caf\u{E9}", decomposed = "urn:cafe\u{301}"
        composed.withCString { a in
            decomposed.withCString { b in
                let name = XMLNamespaceName(href: UnsafeRawPointer(a).assumingMemoryBound(to: UInt8.self))
                // Swift strings compare canonically, and so does the walker for non-ASCII URIs.
                #expect(name.matches(UnsafeRawPointer(b).assumingMemoryBound(to: UInt8.self)) == (composed == decomposed))
                #expect(name.matches(UnsafeRawPointer(a).assumingMemoryBound(to: UInt8.self)))
                #expect(!name.matches(nil))
            }
        }
        #expect(XMLNamespaceName(href: nil).matches(nil))
    }
}

/// The reader as it was before it walked nodes: every name, namespace and text as a Swift string.
private enum ReferenceReader {
    static func read(_ data: Data, path: String) -> (units: [TranslationUnit], diagnostics: [Diagnostic])? {
        guard let document = XMLDocument.parse(data, path: path).value, let root = document.root,
              let file = root.elements("file", namespace: root.namespace).first else { return nil }
        var units: [TranslationUnit] = []
        var diagnostics: [Diagnostic] = []
        collect(file, root.namespace, &units, &diagnostics)
        var seen: Set<String> = []
        for unit in units where !seen.insert(unit.id).inserted {
            diagnostics.append(.error("xliff", at: unit.location, "the unit id `\(unit.id)` is used twice in this file", unit: unit.id))
        }
        return (units, diagnostics)
    }

    static func collect(_ parent: XMLElement, _ namespace: String?, _ units: inout [TranslationUnit], _ diagnostics: inout [Diagnostic]) {
        for element in parent.elements where element.namespace == namespace {
            if element.name == "group" { collect(element, namespace, &units, &diagnostics) }
            if element.name == "unit", let unit = unit(element, namespace, &diagnostics) { units.append(unit) }
        }
    }

    static func unit(_ element: XMLElement, _ namespace: String?, _ diagnostics: inout [Diagnostic]) -> TranslationUnit? {
        guard let id = element.attribute("id") else {
            diagnostics.append(.error("xliff", at: element.location, "a <unit> has no id attribute"))
            return nil
        }
        var notes: [UnitNote] = []
        var previousSource: String?
        for note in element.element("notes", namespace: namespace)?.elements("note", namespace: namespace) ?? [] {
            let category = note.attribute("category")
            if category == "tolk:previous-source" { previousSource = note.text }
            var attributes: [String: String] = [:]
            for attribute in note.attributes where attribute.namespace == nil && attribute.name != "category" {
                attributes[attribute.name] = attribute.value
            }
            notes.append(UnitNote(category: category, text: note.text, attributes: attributes))
        }
        var source: [InlineElement] = [], target: [InlineElement] = []
        var hasTarget = false, states: [TranslationState] = [], subState: String?, targetLocation: TolkKit.SourceLocation?
        for part in element.elements where part.namespace == namespace && (part.name == "segment" || part.name == "ignorable") {
            let partSource = part.element("source", namespace: namespace), partTarget = part.element("target", namespace: namespace)
            source += inline(partSource, namespace)
            if let partTarget {
                hasTarget = true
                targetLocation = targetLocation ?? partTarget.location
                target += inline(partTarget, namespace)
            } else if part.name == "ignorable" {
                target += inline(partSource, namespace)
            }
            guard part.name == "segment" else { continue }
            let stateText = part.attribute("state") ?? "initial"
            if let state = TranslationState(rawValue: stateText) {
                states.append(state)
            } else {
                diagnostics.append(.error("xliff", at: part.location, "unknown segment state `\(stateText)`",
                    hint: "use initial, translated, reviewed or final", unit: id))
                states.append(.initial)
            }
            subState = subState ?? part.attribute("subState")
        }
        if states.isEmpty { diagnostics.append(.error("xliff", at: element.location, "the unit `\(id)` has no <segment>", unit: id)) }
        return TranslationUnit(id: id, source: InlineText(source), target: hasTarget ? InlineText(target) : nil,
                               state: states.min() ?? .initial, subState: subState, previousSource: previousSource, notes: notes,
                               location: element.location, targetLocation: targetLocation)
    }

    static func inline(_ element: XMLElement?, _ namespace: String?) -> [InlineElement] {
        guard let element else { return [] }
        var result: [InlineElement] = []
        append(element, namespace, &result)
        var merged: [InlineElement] = []
        for element in result {
            if case .text(let text) = element, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + text)
            } else if case .text(let text) = element, text.isEmpty {
                continue
            } else {
                merged.append(element)
            }
        }
        return merged
    }

    static func append(_ element: XMLElement, _ namespace: String?, _ result: inout [InlineElement]) {
        for child in element.children {
            switch child {
            case .text(let text): result.append(.text(text))
            case .element(let inner) where inner.namespace == namespace:
                let id = inner.attribute("id") ?? ""
                switch inner.name {
                case "ph": result.append(.placeholder(id: id, code: .unknown))
                case "pc":
                    result.append(.open(id: id, code: .unknown))
                    append(inner, namespace, &result)
                    result.append(.close(id: id))
                case "sc": result.append(.open(id: id, code: .unknown))
                case "ec": result.append(.close(id: inner.attribute("startRef") ?? id))
                case "cp":
                    if let hex = inner.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        result.append(.text(String(Character(scalar))))
                    }
                case "mrk": append(inner, namespace, &result)
                default: break
                }
            case .element(let foreign): result.append(.text(foreign.text))
            }
        }
    }
}
