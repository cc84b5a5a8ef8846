/// The titles one target id is given across a roll-up's programmes, to choose the one that heads
/// its by-target row without depending on the order of the files: the template's title when the
/// target comes from a template (an `override:` of the title is one programme's wording), else
/// the most common title; a tie goes to the first in sorted order.
struct TitleVotes {
    private var fromTemplate: [String: Int] = [:]
    private var own: [String: Int] = [:]
    /// The last title counted and its votes not yet in the tables: a roll-up counts the same title
    /// for programme after programme, and comparing it with the last one is cheaper than hashing it.
    private var pending: (title: String, fromTemplate: Bool, times: Int)?

    /// Counts `times` programmes giving the target `title` (`templateTitle` when it comes from a template).
    mutating func count(title: String, templateTitle: String?, times: Int = 1) {
        let counted = templateTitle ?? title
        if let last = pending, last.fromTemplate == (templateTitle != nil), last.title == counted {
            pending!.times += times
            return
        }
        flush()
        pending = (counted, templateTitle != nil, times)
    }

    private mutating func flush() {
        guard let last = pending else { return }
        if last.fromTemplate { fromTemplate[last.title, default: 0] += last.times } else { own[last.title, default: 0] += last.times }
        pending = nil
    }

    var winner: String? {
        var votes = self
        votes.flush()
        return Self.mostCommon(votes.fromTemplate) ?? Self.mostCommon(votes.own)
    }

    static func mostCommon(_ votes: [String: Int]) -> String? {
        votes.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key
    }
}
