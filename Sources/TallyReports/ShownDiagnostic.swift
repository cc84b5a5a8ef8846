import TallyCore

/// One diagnostic laid out in one language: the pieces the text and HTML renderers both show
/// (where, the label with its code, the message, the quoted source line, the fix, the notes),
/// with control characters already made visible.
public struct ShownDiagnostic: Sendable {
    /// A source line with the caret under the place a diagnostic or note points at.
    public struct Quote: Sendable {
        public var lineNumber: Int
        public var excerpt: Excerpt
    }

    /// A second place ("first defined here") with its words.
    public struct Note: Sendable {
        public var location: String?
        public var label: String
        public var text: String
        public var quote: Quote?
    }

    public var severity: Diagnostic.Severity
    public var location: String?
    /// `lỗi[TY-E012]` / `error[TY-E012]`.
    public var label: String
    public var message: String
    public var quote: Quote?
    /// `cách sửa` / `fix`.
    public var fixLabel: String
    /// Empty when the entry has no fix to give.
    public var fix: String
    public var notes: [Note]
    public var language: Language
}
