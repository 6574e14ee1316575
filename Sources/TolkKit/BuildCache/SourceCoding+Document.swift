import Foundation

// A parsed source document in `SourceWriter`'s form; `SourceReader` reads the fields back in
// the same order. An enum case is a byte; a byte no case has is damage.

extension SourceWriter {
    mutating func document(_ document: SourceDocument) {
        string(document.path)
        documentPath = document.path
        defer { documentPath = nil }
        switch document.content {
        case .topic(let topic):
            int(0)
            string(topic.slug); string(topic.titleUnit); string(topic.summaryUnit)
            array(topic.blocks) { $0.block($1) }
        case .exercise(let exercise):
            int(1)
            string(exercise.slug); string(exercise.region); int(exercise.level); string(exercise.image)
            for value in [exercise.dosage.repetitions, exercise.dosage.sets, exercise.dosage.holdSeconds, exercise.dosage.timesPerDay] {
                bool(value != nil)
                if let value { int(value) }
            }
            string(exercise.titleUnit); string(exercise.imageAltUnit); string(exercise.purposeUnit)
            string(exercise.startingPositionUnit); strings(exercise.stepUnits); strings(exercise.cautionUnits)
        case .video(let video):
            int(2)
            string(video.slug); string(video.video); string(video.poster); string(video.subtitles)
            string(video.titleUnit); string(video.summaryUnit)
            array(video.cues) { $0.string($1.unit); $0.double($1.start); $0.double($1.end); $0.string($1.settings) }
        case .strings(let strings):
            int(3)
            self.strings(strings.keys)
            array(strings.values.sorted { $0.key < $1.key }) { writer, entry in
                writer.string(entry.key)
                switch entry.value {
                case .plain(let text): writer.int(0); writer.string(text)
                case .plural(let forms):
                    writer.int(1)
                    writer.array(forms.sorted { $0.key < $1.key }) { $0.string($1.key); $0.string($1.value) }
                }
            }
            array(strings.locations.sorted { $0.key < $1.key }) { $0.string($1.key); $0.location($1.value) }
        }
        array(document.units) { $0.unit($1) }
        bool(document.profiles != nil)
        if let profiles = document.profiles { strings(profiles) }
        bool(document.profilesLocation != nil)
        if let location = document.profilesLocation { self.location(location) }
    }

    mutating func block(_ block: Block) {
        switch block {
        case .heading(let level, let unit): int(0); int(level); string(unit)
        case .paragraph(let unit): int(1); string(unit)
        case .list(let ordered, let start, let tight, let items):
            int(2); bool(ordered); int(start); bool(tight)
            array(items) { writer, item in writer.array(item) { $0.block($1) } }
        case .quote(let blocks): int(3); array(blocks) { $0.block($1) }
        case .table(let alignments, let header, let rows):
            int(4); strings(alignments.map(\.rawValue)); strings(header); array(rows) { $0.strings($1) }
        case .code(let text): int(5); string(text)
        case .thematicBreak: int(6)
        }
    }

    mutating func unit(_ unit: Unit) {
        string(unit.id); string(unit.kind.rawValue); inline(unit.source); string(unit.sourceSignature)
        location(unit.location); string(unit.context); string(unit.pluralCategory)
        bool(unit.duration != nil)
        if let duration = unit.duration { double(duration) }
    }

    mutating func location(_ location: SourceLocation) {
        bool(location.file == documentPath)
        if location.file != documentPath { string(location.file) }
        int(location.line); int(location.column)
    }

    mutating func inline(_ text: InlineText) {
        array(text.elements) { writer, element in
            switch element {
            case .text(let text): writer.int(0); writer.string(text)
            case .placeholder(let id, let code): writer.int(1); writer.string(id); writer.code(code)
            case .open(let id, let code): writer.int(2); writer.string(id); writer.code(code)
            case .close(let id): writer.int(3); writer.string(id)
            }
        }
    }

    mutating func code(_ code: InlineCode) {
        switch code {
        case .emphasis: int(0)
        case .strong: int(1)
        case .strikethrough: int(2)
        case .link(let url): int(3); string(url)
        case .code(let text): int(4); string(text)
        case .lineBreak: int(5)
        case .placeholder(let name): int(6); string(name)
        case .image(let src, let altUnit): int(7); string(src); string(altUnit)
        case .cueSpan(let tag): int(8); string(tag)
        case .unknown: int(9)
        }
    }
}

extension SourceReader {
    mutating func document() throws -> SourceDocument {
        let path = try string()
        documentPath = path
        defer { documentPath = nil }
        let content: SourceDocument.Content
        switch try int() {
        case 0:
            content = .topic(Topic(slug: try string(), titleUnit: try string(), summaryUnit: try optionalString(),
                                   blocks: try array { try $0.block() }))
        case 1:
            let slug = try string(), region = try string(), level = try int(), image = try optionalString()
            var numbers: [Int?] = []
            for _ in 0..<4 { numbers.append(try bool() ? try int() : nil) }
            let dosage = Dosage(repetitions: numbers[0], sets: numbers[1], holdSeconds: numbers[2], timesPerDay: numbers[3])
            content = .exercise(Exercise(slug: slug, region: region, level: level, image: image, dosage: dosage,
                                         titleUnit: try string(), imageAltUnit: try optionalString(), purposeUnit: try optionalString(),
                                         startingPositionUnit: try optionalString(), stepUnits: try strings(), cautionUnits: try strings()))
        case 2:
            content = .video(Video(slug: try string(), video: try string(), poster: try optionalString(), subtitles: try string(),
                                   titleUnit: try string(), summaryUnit: try optionalString(),
                                   cues: try array { Video.Cue(unit: try $0.string(), start: try $0.double(), end: try $0.double(),
                                                               settings: try $0.string()) }))
        case 3:
            let keys = try strings()
            var values: [String: InterfaceString] = [:]
            for (key, value) in try array({ reader -> (String, InterfaceString) in
                let key = try reader.string()
                switch try reader.int() {
                case 0: return (key, .plain(try reader.string()))
                case 1:
                    let forms = try reader.array { (try $0.string(), try $0.string()) }
                    return (key, .plural(Dictionary(forms, uniquingKeysWith: { first, _ in first })))
                default: throw BinaryReader.damaged
                }
            }) { values[key] = value }
            let locations = try array { (try $0.string(), try $0.location()) }
            content = .strings(InterfaceStrings(keys: keys, values: values,
                                                locations: Dictionary(locations, uniquingKeysWith: { first, _ in first })))
        default: throw BinaryReader.damaged
        }
        var document = SourceDocument(path: path, content: content, units: try array { try $0.unit() })
        document.profiles = try bool() ? try strings() : nil
        document.profilesLocation = try bool() ? try location() : nil
        return document
    }

    mutating func block() throws -> Block {
        switch try int() {
        case 0: return .heading(level: try int(), unit: try string())
        case 1: return .paragraph(unit: try string())
        case 2:
            return .list(ordered: try bool(), start: try int(), tight: try bool(),
                         items: try array { reader in try reader.array { try $0.block() } })
        case 3: return .quote(try array { try $0.block() })
        case 4:
            let alignments = try strings().map { name -> TableAlignment in
                guard let alignment = TableAlignment(rawValue: name) else { throw BinaryReader.damaged }
                return alignment
            }
            return .table(alignments: alignments, header: try strings(), rows: try array { try $0.strings() })
        case 5: return .code(try string())
        case 6: return .thematicBreak
        default: throw BinaryReader.damaged
        }
    }

    mutating func unit() throws -> Unit {
        let id = try string()
        guard let kind = UnitKind(rawValue: try string()) else { throw BinaryReader.damaged }
        return Unit(id: id, kind: kind, source: try inline(), sourceSignature: try string(), location: try location(),
                    context: try string(), pluralCategory: try optionalString(), duration: try bool() ? try double() : nil)
    }

    mutating func location() throws -> SourceLocation {
        let file: String
        if try bool() {
            guard let documentPath else { throw BinaryReader.damaged }
            file = documentPath
        } else {
            file = try string()
        }
        return SourceLocation(file: file, line: try int(), column: try int())
    }

    mutating func inline() throws -> InlineText {
        InlineText(try array { reader -> InlineElement in
            switch try reader.int() {
            case 0: return .text(try reader.string())
            case 1: return .placeholder(id: try reader.string(), code: try reader.code())
            case 2: return .open(id: try reader.string(), code: try reader.code())
            case 3: return .close(id: try reader.string())
            default: throw BinaryReader.damaged
            }
        })
    }

    mutating func code() throws -> InlineCode {
        switch try int() {
        case 0: return .emphasis
        case 1: return .strong
        case 2: return .strikethrough
        case 3: return .link(url: try string())
        case 4: return .code(try string())
        case 5: return .lineBreak
        case 6: return .placeholder(try string())
        case 7: return .image(src: try string(), altUnit: try string())
        case 8: return .cueSpan(try string())
        case 9: return .unknown
        default: throw BinaryReader.damaged
        }
    }
}
