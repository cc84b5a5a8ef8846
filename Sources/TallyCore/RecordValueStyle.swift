import TallyYAML

/// How a value is written into a records file by `tally record` and the web form: plain, as
/// people write by hand, whenever a plain scalar reads back as the same value; quoted only when
/// it would not (`"2024"` as a title, `"null"`, `"NO"`, text with a line break).
public enum RecordValueStyle {
    /// A value meant as text.
    public static func text(_ text: String) -> YAMLEmitter.Value {
        readsBackAsText(text) ? .plain(text) : .text(text)
    }

    /// A value typed like a plain YAML value (`--set`, dates): plain when it reads as a number,
    /// boolean or date, else written as text.
    public static func typed(_ text: String) -> YAMLEmitter.Value {
        switch Value.typing(plain: text) {
        case .number?, .bool?, .date?: .plain(text)
        default: Self.text(text)
        }
    }

    /// Whether `text`, written plain, reads back as this same text: not typed as a number, date or
    /// boolean, not a null, not trimmed or folded by the reader, not a spreadsheet boolean.
    /// (libyaml itself quotes what plain YAML cannot hold, such as `: ` or a leading `-`.)
    static func readsBackAsText(_ text: String) -> Bool {
        guard !text.isEmpty, text.trimmedOfWhitespace == text,
              !text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }),
              !["~", "null", "Null", "NULL"].contains(text),
              !RecordBuilder.booleanLooking.contains(text.lowercased()) else { return false }
        return Value.typing(plain: text) == .text(text)
    }
}
