import Foundation
import Testing
@testable import TolkKit

/// The validator compares names and namespaces as bytes and reads attributes and texts in place
/// (XMLElement+Walking). These tests ask every element of tricky files both that way and through
/// the string API the validator used before (`name`, `namespace`, `attribute`, `children`), and
/// expect the same answers.
@Suite struct XLIFFValidatorWalkingTests {
    /// Prefixes, the 2.0 and 2.2 namespaces, a foreign namespace, a non-ASCII namespace, `xml:`
    /// attributes with entities, CDATA, whitespace-only and empty texts, comments, processing
    /// instructions, unknown elements; Polish and Urdu text.
    static let files = [
        XLIFFReaderWalkingTests.tricky,
        """
        <?xml version="1.0"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.2" xmlns:ø="urn:ø:ext" version="2.2" srcLang="nb" trgLang="pl" xml:lang="nb">
          <file id="f" xml:space="preserve" ø:a="1">
            <ø:meta id="m" xml:id="x">zażółć</ø:meta>
            <notes> <!-- a comment --> <note id="n" xml:lang="pl-PL" ref="#n=n">tekst &amp; &lt;więcej&gt;</note></notes>
            <unit id="u" xml:lang="en"><?pi data?>
              <segment><source xml:space="default">  <![CDATA[ ]]></source><target xml:lang="ur" order="1">لاہور</target></segment>
              text between
              <segment><source><ph id="1"></ph><sc id="2">x</sc><ec startRef="2"><!-- c --></ec><cp hex="1"/></source></segment>
              <b>bold</b><unit/><xliff/>
            </unit>
            <group id="g" xml:lang=""><unit id="v"><segment><source/></segment></unit></group>
          </file>
        </xliff>
        """,
    ]

    @Test func bytesAndStringsAgreeOnEveryElement() throws {
        for (index, text) in Self.files.enumerated() {
            let document = try #require(XMLDocument.parse(Data(text.utf8), path: "f\(index).xlf").value)
            let root = try #require(document.root)
            let run = ValidationRun(root: root)
            var elements = [root]
            var checked = 0
            while let element = elements.popLast() {
                elements += element.elements
                checked += 1
                let described = "<\(element.qualifiedName)> in file \(index)"
                #expect(run.isCore(element) == (element.namespace == run.namespace), "\(described)")
                let foreign = element.namespace.map { !XLIFFNamespace.isCore($0) } ?? false
                #expect(run.isForeign(element) == foreign, "\(described)")
                if let href = element.namespaceHref {
                    #expect(ValidationRun.isCoreNamespace(href) == XLIFFNamespace.isCore(element.namespace), "\(described)")
                }
                for version22 in [false, true] {
                    #expect(ElementRule.named(element, version22: version22) === ElementRule.named(element.name, version22: version22),
                            "\(described)")
                }
                let inline = ["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"].contains(element.name)
                #expect(ElementRule.hasInlineName(element) == inline, "\(described)")
                for name: StaticString in ["lang", "space", "id"] {
                    #expect(element.attribute(named: name, namespace: ValidationRun.xmlNamespace)
                        == element.attribute(String(describing: name), namespace: XLIFFNamespace.xml), "\(described)")
                }
                let texts = element.children.compactMap { if case .text(let text) = $0 { text } else { nil } }
                #expect(element.hasNonEmptyText == texts.contains { !$0.isEmpty }, "\(described)")
                #expect(element.firstNonWhitespaceText == texts.first { !XMLNames.isWhitespace($0) }, "\(described)")
            }
            #expect(checked > 10)
        }
    }

    /// Every attribute value the validator reads in place equals libxml2's own reading of it.
    @Test func attributesReadInPlaceAreLibxml2sValues() throws {
        for (index, text) in Self.files.enumerated() {
            let document = try #require(XMLDocument.parse(Data(text.utf8), path: "f\(index).xlf").value)
            var elements = [try #require(document.root)]
            while let element = elements.popLast() {
                elements += element.elements
                for name: StaticString in ["id", "startRef", "state", "order", "ref", "hex", "category"] {
                    #expect(element.attribute(named: name) == element.attribute(String(describing: name)),
                            "<\(element.qualifiedName)> \(name) in file \(index)")
                }
            }
        }
    }

    /// Ids are listed while they are few and hashed after: a repeat is found on both sides of
    /// the switch, and spaces other than the default one are kept apart.
    @Test func idRegistryFindsRepeatsWhileFewAndMany() {
        var registry = IDRegistry()
        for index in 0 ..< 20 {
            let inserted = registry.insert("u\(index)")
            #expect(inserted, "u\(index)")
        }
        for index in 0 ..< 20 {
            let again = registry.insert("u\(index)")
            #expect(!again, "u\(index) again")
            #expect(registry.contains("u\(index)"))
        }
        #expect(!registry.contains("u20"))
        var few = IDRegistry()
        let answers = [few.insert("1"), few.insert("2"), few.insert("1"), few.insert("1", in: "urn:x"), few.insert("1", in: "urn:x")]
        #expect(answers == [true, true, false, true, false])
        #expect(few.contains("2") && !few.contains("3") && few.contains("1", in: "urn:x") && !few.contains("2", in: "urn:x"))
    }
}
