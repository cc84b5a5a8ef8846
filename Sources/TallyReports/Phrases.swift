import Foundation
import TallyCore

/// Sentences shared by the human-readable formats (text, markdown, HTML).
public struct Phrases: Sendable {
    public let words: Words
    public let style: NumberStyle

    public init(_ language: Language) {
        words = Words(language)
        style = NumberStyle(language)
    }

    /// A value formatted for its measure: a percentage for share and respond, else a number.
    public func amount(_ value: Decimal, of result: TargetResult) -> String {
        if result.target.each == nil && result.target.every == nil && result.target.measure.isPercentage {
            return style.percent(value)
        }
        return style.number(value)
    }

    /// "7/9 members", "83% / 100%", "1 / ≤ 0".
    public func valueAgainstRequired(_ result: TargetResult) -> String {
        let value = amount(result.value, of: result)
        let required = amount(result.required, of: result)
        let bound = result.target.atMost != nil && result.target.each == nil && result.target.every == nil ? "≤ " : ""
        var text = "\(value) / \(bound)\(required)"
        if result.target.every != nil { text += " " + words.periods }
        else if result.target.each != nil { text += " " + words.members }
        return text
    }

    /// "2024-01-01 – 2024-03-31" in the language's date form.
    public func window(_ window: DateWindow) -> String {
        "\(style.date(window.from)) – \(style.date(window.to))"
    }

    /// The score as a percentage.
    public func score(_ result: ProgrammeResult) -> String { style.percent(result.score * 100) }

    /// One line describing an exemption and whether it still applies.
    public func exemption(_ item: ExemptionResult) -> String {
        let exemption = item.exemption
        var text = "\(exemption.target)"
        text += exemption.member.map { " · \($0)" } ?? " (\(words.wholeTarget))"
        text += ": \(exemption.reason) — \(words.approvedBy) \(exemption.approvedBy)"
        if let until = exemption.until { text += ", \(words.until) \(style.date(until))" }
        if item.expired { text += " [\(words.expired)]" }
        return text
    }

    /// The trigger ids of a respond target in one state, for "overdue: HP-003, HP-004".
    public func triggers(_ result: TargetResult, _ state: TriggerResult.State) -> [String] {
        result.triggers.filter { $0.state == state }.map(\.id)
    }
}
