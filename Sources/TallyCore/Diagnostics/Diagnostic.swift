import TallyYAML

/// One problem found in a programme or records file: a catalogue code with its arguments and its
/// place. The words are the catalogue's, rendered in the chosen language when printed.
public struct Diagnostic: Sendable, Error {
    /// `note` tells of a normal state worth knowing (a records folder with no file yet); it never fails a run.
    public enum Severity: String, Sendable { case error, warning, note }

    public var code: DiagnosticCode
    /// The values filled into the catalogue's `{name}` placeholders.
    public var arguments: [String: LocalizedText]
    /// Near names ("did you mean"); when there are some, they are the fix.
    public var suggestions: [String] = []
    /// Use the entry's second fix (a spreadsheet rather than a YAML file, and so on).
    public var usesOtherFix = false
    /// Second places this diagnostic points at, each with the entry's note words.
    public var notes: [DiagnosticNote] = []
    /// The file the problem is in, when there is one.
    public var source: SourceFile?
    public var start: Mark?
    /// How many characters the caret underline spans (at least 1).
    public var width: Int
    /// Whether the source line is shown under the message (not for binary or UTF-16 files).
    public var showsExcerpt = true
    /// The `language:` of the programme this came from, when it says one.
    public var language: Language?

    public init(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:],
                source: SourceFile? = nil, at start: Mark? = nil, width: Int = 1) {
        self.code = code
        self.arguments = arguments
        self.source = source
        self.start = start
        self.width = max(1, width)
    }

    /// A diagnostic pointing at a node, underlining it when it sits on one line.
    public init(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:], at node: Node) {
        let width = node.start.line == node.end.line ? node.end.column - node.start.column : 1
        self.init(code, arguments, source: node.source, at: node.start, width: width)
    }

    /// A severity other than the entry's: a diagnostic repeated at another place keeps its own.
    var severityOverride: Severity?

    public var entry: CatalogueEntry { DiagnosticCatalogue.entry(code) }
    public var severity: Severity { severityOverride ?? entry.severity }

    public func message(in language: Language) -> String { entry.message.filled(arguments, in: language) }

    public func fix(in language: Language) -> String {
        if !suggestions.isEmpty { return DiagnosticWords.didYouMean(suggestions).text(in: language) }
        let template = usesOtherFix ? entry.otherFix ?? entry.fix : entry.fix
        return template.filled(arguments, in: language)
    }

    /// The words of this diagnostic's notes.
    public func noteText(in language: Language) -> String {
        (entry.note ?? DiagnosticWords.seeAlso).filled(arguments, in: language)
    }

    /// The same diagnostic with near names to suggest.
    public func suggesting(_ names: [String]) -> Diagnostic {
        var copy = self
        copy.suggestions = names
        return copy
    }

    /// The same diagnostic with a note at a second place.
    public func noting(_ source: SourceFile?, at start: Mark?, width: Int = 1) -> Diagnostic {
        var copy = self
        copy.notes.append(DiagnosticNote(source: source, at: start, width: width))
        return copy
    }

    /// The same diagnostic, fixed the entry's other way.
    public var withOtherFix: Diagnostic {
        var copy = self
        copy.usesOtherFix = true
        return copy
    }

    /// The same diagnostic, shown without the source line (for files that are not text).
    public var withoutExcerpt: Diagnostic {
        var copy = self
        copy.showsExcerpt = false
        return copy
    }

    /// A diagnostic for a YAML-level error: its code names a catalogue entry.
    public static func yaml(_ error: YAMLError, in source: SourceFile) -> Diagnostic {
        var diagnostic = Diagnostic(DiagnosticCode(rawValue: error.code) ?? .invalidYAML,
                                    error.arguments.mapValues { LocalizedText($0) }, source: source, at: error.mark)
        diagnostic.showsExcerpt = error.showsExcerpt
        diagnostic.usesOtherFix = error.usesOtherFix
        if let second = error.note { diagnostic.notes.append(DiagnosticNote(source: source, at: second)) }
        return diagnostic
    }

    /// `file:line:column` (or just the file, or nothing), the way editors expect it.
    public var location: String? { DiagnosticNote.location(source, start) }
}

/// Collects the diagnostics of a run, up to a cap, so every error is reported, not only the first.
/// Warnings are counted apart from errors.
public struct Diagnostics: Sendable {
    public static let defaultCap = 200
    public private(set) var items: [Diagnostic] = []
    /// Errors and warnings over the cap, not kept.
    public private(set) var dropped = 0
    public private(set) var droppedWarnings = 0
    public let cap: Int

    public init(cap: Int = Diagnostics.defaultCap) { self.cap = cap }

    public mutating func add(_ diagnostic: Diagnostic) {
        if items.count < cap { items.append(diagnostic) } else if diagnostic.severity == .error { dropped += 1 } else { droppedWarnings += 1 }
    }

    /// Whether the next diagnostic would only be counted: then its "did you mean" need not be
    /// worked out, so a million bad records cost a count each, not a search each.
    public var isFull: Bool { items.count >= cap }

    public mutating func add(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:], at node: Node) {
        add(Diagnostic(code, arguments, at: node))
    }

    public mutating func append(contentsOf other: Diagnostics) {
        for item in other.items { add(item) }
        dropped += other.dropped
        droppedWarnings += other.droppedWarnings
    }

    /// Marks every diagnostic with the `language:` its programme asks for.
    public mutating func setLanguage(_ language: Language?) {
        guard let language else { return }
        for index in items.indices where items[index].language == nil { items[index].language = language }
    }

    /// Errors and warnings: what every command shows. Notes (normal states worth knowing, such
    /// as an empty records folder) are shown by `lint` only.
    public var problems: [Diagnostic] { items.filter { $0.severity != .note } }

    public var errorCount: Int { items.filter { $0.severity == .error }.count + dropped }
    public var warningCount: Int { items.filter { $0.severity == .warning }.count + droppedWarnings }
    public var hasErrors: Bool { errorCount > 0 }
}
