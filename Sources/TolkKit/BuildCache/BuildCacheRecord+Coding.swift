import Foundation

// A document's record in the build cache in `SourceWriter`'s form, fields in a fixed order:
// a rebuild decodes one record per page document, and the generic `Codable` decoder
// (`BinaryCoding`) was a tenth of a no-change rebuild. What loading a translation file
// reported is rare and varied, so it stays in `BinaryCoding` inside the record.

extension DocumentRecord {
    /// The record's bytes; nil when a diagnostic it holds cannot be encoded.
    func encoded() -> [UInt8]? {
        var writer = SourceWriter()
        writer.string(key)
        writer.array(files) { writer, file in
            writer.string(file.path)
            writer.int(Int(file.size))
            writer.int(Int(file.mtimeNanoseconds))
            writer.int(Int(truncatingIfNeeded: file.inode))
        }
        writer.bool(load != nil)
        guard let load else { return writer.bytes }
        let loadings = load.languages.map { $0.loading.isEmpty ? [] : try? BinaryCoding.encode($0.loading) }
        guard !loadings.contains(where: { $0 == nil }) else { return nil }
        writer.array(Array(zip(load.languages, loadings.compactMap { $0 }))) { writer, pair in
            let (language, loading) = pair
            writer.string(language.tag)
            writer.string(language.translationPath)
            writer.bool(language.fileExists)
            writer.bool(language.unreadable)
            writer.array(language.units) { $0.keptUnit($1) }
            writer.raw(loading)
        }
        writer.array(load.availability.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            writer.availability(entry.value)
        }
        return writer.bytes
    }

    /// Only the files of an encoded record (they come first): what the sweep of the spare
    /// checks, without decoding what each topic's check decided. Nil when malformed.
    static func files(decoding bytes: [UInt8]) -> [OutputFileStat]? {
        var reader = SourceReader(bytes: bytes)
        do {
            _ = try reader.string()
            return try readFiles(&reader)
        } catch {
            return nil
        }
    }

    /// A record from its bytes; nil when they are damaged.
    init?(decoding bytes: [UInt8]) {
        var reader = SourceReader(bytes: bytes)
        do {
            key = try reader.string()
            files = try Self.readFiles(&reader)
            load = try reader.bool() ? try CachedDocumentLoad(reading: &reader) : nil
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }

    /// The files as `encoded` writes them, after the key.
    private static func readFiles(_ reader: inout SourceReader) throws -> [OutputFileStat] {
        try reader.array { reader in
            OutputFileStat(path: try reader.string(), size: Int64(try reader.int()), mtimeNanoseconds: Int64(try reader.int()),
                           inode: UInt64(truncatingIfNeeded: try reader.int()))
        }
    }
}

extension CachedDocumentLoad {
    init(languages: [Language], availability: [String: PageAvailability]) {
        self.languages = languages
        self.availability = availability
    }

    init(reading reader: inout SourceReader) throws {
        languages = try reader.array { reader in
            let tag = try reader.string(), path = try reader.string(), exists = try reader.bool(), unreadable = try reader.bool()
            let units = try reader.array { reader in
                let id = try reader.string()
                guard let status = UnitStatus(rawValue: try reader.string()),
                      let state = TranslationState(rawValue: try reader.string()) else { throw BinaryReader.damaged }
                return Unit(id: id, status: status, state: state, target: try reader.bool() ? try reader.inline() : nil,
                            blocked: try reader.bool(), unreadable: try reader.bool())
            }
            let loading = try reader.raw()
            return Language(tag: tag, translationPath: path, fileExists: exists, unreadable: unreadable, units: units,
                            loading: loading.isEmpty ? [] : try BinaryCoding.decode([Diagnostic].self, from: loading))
        }
        let availability = try reader.array { (try $0.string(), try $0.availability()) }
        self.availability = Dictionary(availability, uniquingKeysWith: { first, _ in first })
    }
}

extension SourceWriter {
    /// A kept unit's translation (`CachedDocumentLoad.Unit`), as the cache record and the
    /// site pages' key (`SitePagesKey`) both write it.
    mutating func keptUnit(_ unit: CachedDocumentLoad.Unit) {
        string(unit.id)
        string(unit.status.rawValue)
        string(unit.state.rawValue)
        bool(unit.target != nil)
        if let target = unit.target { inline(target) }
        bool(unit.blocked)
        bool(unit.unreadable)
    }

    mutating func availability(_ availability: PageAvailability) {
        switch availability {
        case .published(let unreviewed): int(0); bool(unreviewed)
        case .publishedWithFallback(let unreviewed): int(1); bool(unreviewed)
        case .withheld(let why):
            int(2); int(why.missing); int(why.stale); int(why.belowMinimum)
            array(why.errors.sorted { $0.key < $1.key }) { $0.string($1.key); $0.int($1.value) }
        }
    }
}

extension SourceReader {
    mutating func availability() throws -> PageAvailability {
        switch try int() {
        case 0: return .published(unreviewed: try bool())
        case 1: return .publishedWithFallback(unreviewed: try bool())
        case 2:
            let missing = try int(), stale = try int(), belowMinimum = try int()
            let errors = try array { (try $0.string(), try $0.int()) }
            return .withheld(Withholding(missing: missing, stale: stale, belowMinimum: belowMinimum,
                                         errors: Dictionary(errors, uniquingKeysWith: { first, _ in first })))
        default: throw BinaryReader.damaged
        }
    }
}
