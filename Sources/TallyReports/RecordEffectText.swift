import Foundation
import TallyCore

/// What a new record changed, one line per target, in the report's words:
/// `Hội nghị CBCC: 8 / 9 → 9 / 9, đạt`.
public struct RecordEffectText: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// One line per changed target; a single sentence when nothing moved.
    public func lines(_ effect: RecordEffect) -> [String] {
        guard !effect.changes.isEmpty else {
            return [language == .vi ? "Chưa chỉ tiêu nào thay đổi tính đến \(NumberStyle(language).date(effect.asOf))."
                                    : "No target changed as of \(NumberStyle(language).date(effect.asOf))."]
        }
        return effect.changes.map(line)
    }

    public func line(_ change: RecordEffect.Change) -> String {
        "\(change.title): \(standing(change.before, change.isPercent)) → \(standing(change.after, change.isPercent)), \(Words(language).status(change.after.status))"
    }

    func standing(_ standing: RecordEffect.Standing, _ percent: Bool) -> String {
        let style = NumberStyle(language)
        return percent ? style.percent(standing.value) : "\(style.number(standing.value)) / \(style.number(standing.required))"
    }
}
