extension Diagnostic {
    /// What is wrong and how to fix it in one line, for a message shown beside a form field or
    /// on a web page: `message: fix`.
    public func sentence(in language: Language) -> String { "\(message(in: language)): \(fix(in: language))" }
}
