import Foundation

/// A change to one unit of an XLIFF file, made in the preview's workbench: a new target, a
/// state, and for an approval who approved it and when.
public struct UnitEdit: Sendable, Hashable {
    /// Who approved, and when (ISO 8601 in UTC), for a state of reviewed or final.
    public struct Approval: Sendable, Hashable {
        public var reviewer: String
        public var date: Date
        public init(reviewer: String, date: Date) {
            self.reviewer = reviewer
            self.date = date
        }
    }

    /// The category of the note that records an approval. Not in `tolk:`, so that sync keeps
    /// it like a translator's note (sync rewrites its own categories).
    public static let approvalCategory = "review"

    public var target: InlineText
    /// translated, reviewed or final.
    public var state: TranslationState
    public var approval: Approval?

    public init(target: InlineText, state: TranslationState, approval: Approval? = nil) {
        self.target = target
        self.state = state
        self.approval = approval
    }

    /// Why an edit cannot be written.
    public enum Refusal: Error, Sendable, Hashable {
        /// The unit is not in the file as one `<unit>` Tolk can find (sync has not run, or the file is not Tolk's format).
        case notInFile(String)
        /// The result would break the XLIFF rules for the unit; nothing is written.
        case invalid(String)
    }

    /// The file's text with the unit `fileID` replaced by `unit` (the source as it is now, which
    /// may have a new id when sync has not run yet) carrying this edit; the rest of the text
    /// stays byte for byte. Returns the new text and the state written.
    ///
    /// The unit is written as sync writes it, confirmed: a stale mark and the previous source
    /// go (the translator has looked at the new source). A save that changes the target of an
    /// approved unit without approving it again brings it back to translated and drops the
    /// approval note; a save that changes nothing keeps the approval.
    public func apply(to text: String, fileID: String, unit: Unit, existing: TranslationUnit, path: String) throws(Refusal) -> (text: String, state: TranslationState) {
        guard let span = UnitSpan.find(id: fileID, in: text) else {
            throw .notInFile("the unit \(fileID) is not in \(path) as one <unit> element")
        }
        let changed = existing.target.map { InlineMarkup.render($0) != InlineMarkup.render(target) } ?? true
        var state = self.state
        var notes = existing.notes.filter { !$0.isTolks || $0.isKeptTranslation }
        if let approval, state >= .reviewed {
            notes.removeAll { $0.category == Self.approvalCategory }
            notes.append(UnitNote(category: Self.approvalCategory,
                                  text: "Approved by \(approval.reviewer) on \(Self.timestamp(approval.date))"))
        } else if changed {
            state = min(state, .translated)
            notes.removeAll { $0.category == Self.approvalCategory }
        } else {
            state = max(state, existing.state)
        }
        var written = ""
        XLIFFWriter.writeUnit(WrittenUnit(unit: unit, target: target, state: state, keptNotes: notes), into: &written)
        var bytes = Array(text.utf8)
        if span.range == span.element {
            // The unit shares its line with other markup: replace the element alone.
            written = String(written.drop(while: { $0 == " " }).dropLast())
        }
        written = Self.inStyle(of: bytes, prefix: span.prefix, written)
        bytes.replaceSubrange(span.range, with: Array(written.utf8))
        let result = String(decoding: bytes, as: UTF8.self)
        let reread = XLIFFReader.read(Data(result.utf8), path: path)
        guard let file = reread.value, !file.unusableUnits.contains(unit.id), file.units.contains(where: { $0.id == unit.id }) else {
            let reason = reread.diagnostics.first { $0.severity == .error }?.message ?? "the unit could not be read back"
            throw .invalid(reason)
        }
        return (result, state)
    }

    /// A unit as the writer wrote it (unprefixed, LF) in the style of the file it goes into:
    /// its elements under the file's prefix, and CRLF line ends when the file's first line ends
    /// so (a CAT tool on Windows). Every `<` the writer emits starts a tag (text and attribute
    /// values have theirs escaped), so the prefix goes after each `<` or `</`.
    static func inStyle(of file: [UInt8], prefix: String, _ written: String) -> String {
        let crlf = file.firstIndex(of: 0x0A).map { $0 > 0 && file[$0 - 1] == 0x0D } ?? false
        guard crlf || !prefix.isEmpty else { return written }
        var out = String.UnicodeScalarView()
        var afterOpen = false
        for scalar in written.unicodeScalars {
            if afterOpen {
                if scalar != "/" { out.append(contentsOf: "\(prefix):".unicodeScalars) }
                out.append(scalar)
                if scalar == "/" { out.append(contentsOf: "\(prefix):".unicodeScalars) }
                afterOpen = false
                continue
            }
            if scalar == "\n" && crlf { out.append("\r") }
            out.append(scalar)
            afterOpen = scalar == "<" && !prefix.isEmpty
        }
        return String(out)
    }

    /// `2026-12-02T01:30:00Z`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
