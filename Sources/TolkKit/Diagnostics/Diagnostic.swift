/// How serious a problem is. Errors block publishing and make commands exit with status 1.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A place in a project file, counted from 1. `file` is relative to the project root.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in the user's files: data, not text, so it can be printed as a table,
/// JSON or JUnit, and compared exactly in tests.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// Error or warning.
    public var severity: Severity
    /// A stable, machine-readable name such as `numbers`, `stale` or `yaml`.
    public var check: String
    /// Where the problem is; nil only for problems with no file (e.g. a missing folder).
    public var location: SourceLocation?
    /// What is wrong, in words a translator or editor understands.
    public var message: String
    /// What to do about it, when there is something useful to say.
    public var hint: String?
    /// The language the problem belongs to, for translation problems.
    public var language: String?
    /// The unit id the problem belongs to, for translation problems.
    public var unit: String?
    /// For a `stale` unit, its old and new source in full (the message shows only the words that changed).
    public var sourceChange: SourceChange?

    public init(
        _ severity: Severity, check: String, at location: SourceLocation?, _ message: String,
        hint: String? = nil, language: String? = nil, unit: String? = nil, sourceChange: SourceChange? = nil
    ) {
        self.severity = severity
        self.check = check
        self.location = location
        self.message = message
        self.hint = hint
        self.language = language
        self.unit = unit
        self.sourceChange = sourceChange
    }

    /// Shorthand for an error.
    public static func error(
        _ check: String, at location: SourceLocation?, _ message: String, hint: String? = nil,
        language: String? = nil, unit: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, check: check, at: location, message, hint: hint, language: language, unit: unit)
    }

    /// Shorthand for a warning.
    public static func warning(
        _ check: String, at location: SourceLocation?, _ message: String, hint: String? = nil,
        language: String? = nil, unit: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, check: check, at: location, message, hint: hint, language: language, unit: unit)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `file:line:column: severity: [check] message` with the unit id and hint when present,
    /// the form compilers use, so editors and terminals can jump to the place.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): [\(check)] "
        if let unit { text += "unit \(unit): " }
        text += message
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Diagnostics in a stable order: by file, line, column, then check and message.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { a, b in
            let la = a.location ?? SourceLocation(file: "", line: 0, column: 0)
            let lb = b.location ?? SourceLocation(file: "", line: 0, column: 0)
            if la.file != lb.file { return la.file < lb.file }
            if la.line != lb.line { return la.line < lb.line }
            if la.column != lb.column { return la.column < lb.column }
            if a.check != b.check { return a.check < b.check }
            return a.message < b.message
        }
    }
}

/// A value produced by a pipeline stage, with the problems found on the way.
public struct Staged<Value> {
    public var value: Value
    public var diagnostics: [Diagnostic]

    public init(_ value: Value, diagnostics: [Diagnostic] = []) {
        self.value = value
        self.diagnostics = diagnostics
    }
}

extension Staged: Sendable where Value: Sendable {}
