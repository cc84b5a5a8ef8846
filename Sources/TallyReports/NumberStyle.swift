import Foundation
import TallyCore

/// Formats numbers, percentages and dates in the conventions of a report language:
/// `12.000.000` and `31/03/2024` in Vietnamese, `12,000,000` and `2024-03-31` in English.
public struct NumberStyle: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// A number with grouped thousands and at most `decimals` decimals.
    public func number(_ value: Decimal, decimals: Int = 2) -> String {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, decimals, .plain)
        let negative = rounded < 0
        let text = (negative ? -rounded : rounded).description
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = String(parts[0])
        var grouped = ""
        for (offset, character) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { grouped.append(language == .vi ? "." : ",") }
            grouped.append(character)
        }
        if parts.count == 2 { grouped += (language == .vi ? "," : ".") + parts[1] }
        return (negative ? "-" : "") + grouped
    }

    /// A percentage, `83%` or `66,67%`.
    public func percent(_ value: Decimal) -> String { number(value, decimals: value < 10 ? 1 : 0) + "%" }

    /// A date in the language's usual form.
    public func date(_ day: Day) -> String { language == .vi ? day.vietnamese : day.description }
}
