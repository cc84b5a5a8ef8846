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
    public func amount(_ value: Decimal, of result: TargetResult) -> String { amount(value, unit: result.unit) }

    /// A value in its unit: a percentage, else a number.
    public func amount(_ value: Decimal, unit: ValueUnit) -> String {
        unit == .percent ? style.percent(value) : style.number(value)
    }

    /// "7/9 members", "83% / 100%", "1 / ≤ 0".
    public func valueAgainstRequired(_ result: TargetResult) -> String {
        let value = amount(result.value, of: result)
        let required = amount(result.required, of: result)
        var text = "\(value) / \(result.isUpperBound ? "≤ " : "")\(required)"
        switch result.unit {
        case .periods: text += " " + words.periods
        case .members: text += " " + words.members
        default: break
        }
        return text
    }

    /// "2024-01-01 – 2024-03-31" in the language's date form.
    public func window(_ window: DateWindow) -> String {
        "\(style.date(window.from)) – \(style.date(window.to))"
    }

    /// The score as a percentage, marked provisional until the period has ended (v1.1).
    public func score(_ result: some ProgrammeStanding) -> String {
        style.percent(result.score * 100) + (result.isProvisional ? " (\(words.provisional))" : "")
    }

    /// The rating, marked provisional until the period has ended.
    public func rating(_ result: some ProgrammeStanding) -> String? {
        result.rating.map { $0 + (result.isProvisional ? " (\(words.provisional))" : "") }
    }

    /// The verdict in words: while the period runs, what stands so far rather than a judgement on the year.
    public func verdict(_ result: some ProgrammeStanding) -> String {
        result.isProvisional ? words.verdictSoFar(result.verdict) : words.verdict(result.verdict)
    }

    /// "Projected: 80% · Projected rating: Good (met and on-track targets)", while the period runs; else nil.
    public func projection(_ result: some ProgrammeStanding) -> String? {
        guard result.isProvisional else { return nil }
        let projected = result.projected
        var text = "\(words.projected): \(style.percent(projected.value * 100))"
        if let rating = projected.rating { text += " · \(words.projectedRating): \(rating)" }
        return text + " (\(words.projectedHow))"
    }

    /// The first `limit` items of a long list and "and N more" (full lists stay in JSON and explain).
    public func list(_ items: [String], limit: Int = 10) -> String {
        shortened(items, limit: limit).joined(separator: ", ")
    }

    /// The first `limit` items and, when some are left out, "and N more" as a last item.
    public func shortened(_ items: [String], limit: Int = 10) -> [String] {
        guard items.count > limit + 1 else { return items }
        return Array(items.prefix(limit)) + [words.more(items.count - limit, style)]
    }

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

    /// A target's title with a small mark when it comes from a template: "Hội nghị CBCC [mẫu]".
    public func title(_ target: Target) -> String {
        target.from == nil ? target.title : "\(target.title) [\(words.fromTemplate)]"
    }
}
