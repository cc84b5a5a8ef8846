import TallyYAML

/// One problem found in a programme or records file, with where it is and how to fix it.
public struct Diagnostic: Sendable, Error {
    /// `note` tells of a normal state worth knowing (a records folder with no file yet); it never fails a run.
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    public var fix: String?
    /// The file the problem is in, when there is one.
    public var source: SourceFile?
    public var start: Mark?
    /// How many characters the caret underline spans (at least 1).
    public var width: Int
    /// Whether the source line is shown under the message (not for binary or UTF-16 files).
    public var showsExcerpt = true

    public init(_ severity: Severity = .error, _ message: String, fix: String? = nil,
                source: SourceFile? = nil, at start: Mark? = nil, width: Int = 1) {
        self.severity = severity
        self.message = message
        self.fix = fix
        self.source = source
        self.start = start
        self.width = max(1, width)
    }

    /// A diagnostic pointing at a node, underlining it when it sits on one line.
    public static func error(_ message: String, at node: Node, fix: String? = nil) -> Diagnostic {
        let width = node.start.line == node.end.line ? node.end.column - node.start.column : 1
        return Diagnostic(.error, message, fix: fix, source: node.source, at: node.start, width: width)
    }

    /// A diagnostic for a YAML-level error.
    public static func yaml(_ error: YAMLError, in source: SourceFile) -> Diagnostic {
        var diagnostic = Diagnostic(.error, error.message, fix: error.fix, source: source, at: error.mark)
        diagnostic.showsExcerpt = error.showsExcerpt
        return diagnostic
    }

    /// `file:line:column` (or just the file, or nothing), the way editors expect it.
    public var location: String? {
        guard let source else { return nil }
        guard let start else { return source.path }
        return "\(source.path):\(start.line):\(start.column)"
    }
}

/// Collects the diagnostics of a run, up to a cap, so every error is reported, not only the first.
public struct Diagnostics: Sendable {
    public static let defaultCap = 200
    public private(set) var items: [Diagnostic] = []
    public private(set) var dropped = 0
    public let cap: Int

    public init(cap: Int = Diagnostics.defaultCap) { self.cap = cap }

    public mutating func add(_ diagnostic: Diagnostic) {
        if items.count < cap { items.append(diagnostic) } else { dropped += 1 }
    }

    /// Whether the next diagnostic would only be counted: then its "did you mean" need not be
    /// worked out, so a million bad records cost a count each, not a search each.
    public var isFull: Bool { items.count >= cap }

    public mutating func error(_ message: String, at node: Node, fix: String? = nil) {
        add(.error(message, at: node, fix: fix))
    }

    public mutating func append(contentsOf other: Diagnostics) {
        for item in other.items { add(item) }
        dropped += other.dropped
    }

    /// Errors and warnings: what every command shows. Notes (normal states worth knowing, such
    /// as an empty records folder) are shown by `lint` only.
    public var problems: [Diagnostic] { items.filter { $0.severity != .note } }

    public var errorCount: Int { items.filter { $0.severity == .error }.count + dropped }
    public var hasErrors: Bool { errorCount > 0 }
}
