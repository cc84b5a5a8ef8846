/// The titles one target id is given across a roll-up's programmes, to choose the one that heads
/// its by-target row without depending on the order of the files: the template's title when the
/// target comes from a template (an `override:` of the title is one programme's wording), else
/// the most common title; a tie goes to the first in sorted order.
struct TitleVotes {
    private var fromTemplate: [String: Int] = [:]
    private var own: [String: Int] = [:]

    /// Counts `times` programmes giving the target `title` (`templateTitle` when it comes from a template).
    mutating func count(title: String, templateTitle: String?, times: Int = 1) {
        if let templateTitle {
            fromTemplate[templateTitle, default: 0] += times
        } else {
            own[title, default: 0] += times
        }
    }

    var winner: String? { Self.mostCommon(fromTemplate) ?? Self.mostCommon(own) }

    static func mostCommon(_ votes: [String: Int]) -> String? {
        votes.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key
    }
}
