/// A YAML problem at a place in a file, with what is wrong and how to fix it.
public struct YAMLError: Error, Sendable, Equatable {
    public var message: String
    public var fix: String?
    public var mark: Mark
    /// Whether the line is worth showing under the message (not for binary or UTF-16 files).
    public var showsExcerpt = true

    public init(_ message: String, at mark: Mark, fix: String? = nil) {
        self.message = message
        self.mark = mark
        self.fix = fix
    }
}
