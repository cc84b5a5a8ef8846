/// A YAML problem at a place in a file. The code names an entry of Tally's diagnostics catalogue
/// (in TallyCore), which holds the words in each language; the arguments fill its placeholders.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var arguments: [String: String]
    public var mark: Mark
    /// A second place the problem points at (where a value was opened, a key first defined).
    public var note: Mark?
    /// Use the entry's second fix (records files rather than programmes).
    public var usesOtherFix = false
    /// Whether the line is worth showing under the message (not for binary or UTF-16 files).
    public var showsExcerpt = true

    public init(_ code: String, _ arguments: [String: String] = [:], at mark: Mark, note: Mark? = nil) {
        self.code = code
        self.arguments = arguments
        self.mark = mark
        self.note = note
    }

    /// The code and its arguments, for tests and logs.
    public var description: String {
        ([code] + arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
    }
}
