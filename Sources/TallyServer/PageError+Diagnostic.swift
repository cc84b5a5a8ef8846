import HTTPTypes
import TallyCore

extension PageError {
    /// A refusal worded by the catalogue: its message and fix in `language`, or in both languages
    /// (Vietnamese first) when no programme gives one.
    static func refusal(_ status: HTTPResponse.Status, _ diagnostic: Diagnostic, _ language: Language? = nil) -> PageError {
        PageError(status: status, message: Self.words(diagnostic, language), language: language, code: diagnostic.code.rawValue)
    }

    static func words(_ diagnostic: Diagnostic, _ language: Language?) -> String {
        guard let language else { return "\(diagnostic.sentence(in: .vi)) — \(diagnostic.sentence(in: .en))" }
        return diagnostic.sentence(in: language)
    }
}
