/// "Did you mean" hints for ids among very many (every `id` of a programme), in n log n:
/// the ids are sorted once by their text and by their reversed text, and a mistyped id is
/// compared only with the ids that sort next to it either way, so a typo at the end or at the
/// start of an id still finds it. Comparing every dangling reference with every id would be
/// quadratic on a large import where many answers name missing ids.
struct IdSuggestions {
    /// How many neighbours on each side of each order are compared.
    static let neighbours = 8

    private let forward: [String]
    private let backward: [(reversed: String, id: String)]

    init<Ids: Sequence>(_ ids: Ids) where Ids.Element == String {
        forward = ids.sorted()
        backward = forward.map { (String($0.reversed()), $0) }.sorted { $0.reversed < $1.reversed }
    }

    /// The ids close to `id` ("did you mean"), nearest first; none when no neighbour is close.
    func nearest(_ id: String) -> [String] {
        var candidates = Self.around(Self.position(of: id, in: forward, by: { $0 }), count: forward.count).map { forward[$0] }
        let reversed = String(id.reversed())
        candidates += Self.around(Self.position(of: reversed, in: backward, by: \.reversed), count: backward.count).map { backward[$0].id }
        return Suggestion.nearest(to: id, in: candidates)
    }

    private static func position<Element>(of key: String, in sorted: [Element], by text: (Element) -> String) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if text(sorted[middle]) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func around(_ position: Int, count: Int) -> Range<Int> {
        max(0, position - neighbours)..<min(count, position + neighbours)
    }
}
