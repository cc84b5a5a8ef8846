import Foundation
import TallyCore

/// The score column's texts of one roll-up table, each worked out once: thousands of programmes
/// share a few hundred scores, and formatting a decimal percentage (rounding, grouping) cost more
/// than the rest of a summary row. Keyed by the score's bytes as stored: the same bytes are the same
/// value, so a key always gives the same text (Foundation keeps decimals compact, so equal scores
/// have equal bytes; were they ever stored apart, each would be formatted once). At most `limit` texts are kept.
final class ScoreTexts {
    static let limit = 4_096

    /// A decimal's bytes as stored (exponent, sign, length and mantissa): the same bytes are the
    /// same value, so they always give the same text.
    private struct Digits: Hashable {
        var bytes: [UInt8]
        var isProvisional: Bool

        init(_ value: Decimal, isProvisional: Bool) {
            bytes = withUnsafeBytes(of: value) { Array($0) }
            self.isProvisional = isProvisional
        }
    }

    private var texts: [Digits: String] = [:]

    /// How many texts are kept.
    var count: Int { texts.count }

    /// The score of `item` as `phrases` words it.
    func score(_ item: some ProgrammeStanding, _ phrases: Phrases) -> String {
        let key = Digits(item.score, isProvisional: item.isProvisional)
        if let known = texts[key] { return known }
        if texts.count >= Self.limit { texts.removeAll(keepingCapacity: true) }
        let text = phrases.score(item)
        texts[key] = text
        return text
    }
}
