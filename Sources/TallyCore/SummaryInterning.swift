import Foundation

/// The targets of a programme as a roll-up lists them (id, title, template and its title), without statuses:
/// programmes that extend one template have the same list, kept once.
public final class TargetList: Sendable {
    public let ids: [String]
    public let titles: [String]
    public let froms: [String?]
    public let templateTitles: [String?]

    init(_ targets: [Target]) {
        ids = targets.map(\.id)
        titles = targets.map(\.title)
        froms = targets.map(\.from)
        templateTitles = targets.map(\.templateTitle)
    }

    init(ids: [String], titles: [String], froms: [String?], templateTitles: [String?]) {
        self.ids = ids
        self.titles = titles
        self.froms = froms
        self.templateTitles = templateTitles
    }
}

/// What many summaries of a roll-up have in common (their folder, title and target list), kept
/// once for the process instead of once per programme, so that a roll-up of 20,000 programmes
/// keeps little more than their names, paths and statuses. Texts are told apart by their bytes
/// (a title in NFD stays in NFD). At most `limit` entries each; past that it starts again.
final class SummaryInterning: @unchecked Sendable {
    static let shared = SummaryInterning()
    static let limit = 4_096

    private let lock = NSLock()
    // Room for all from the start: growing rehashes every key, and a list's key is every title of a programme.
    private var texts = [UTF8Key: String](minimumCapacity: SummaryInterning.limit)
    /// Each list by its key's bytes (a key of every title: a quick hash, safe against floods).
    private var lists = BytesTable<TargetList>(limit: SummaryInterning.limit, capacity: SummaryInterning.limit)

    func text(_ text: String) -> String {
        let key = UTF8Key(text)
        lock.lock()
        defer { lock.unlock() }
        if let kept = texts[key] { return kept }
        if texts.count >= Self.limit { texts.removeAll(keepingCapacity: true) }
        texts[key] = text
        return text
    }

    func list(_ targets: [Target]) -> TargetList {
        // Each text with its length in front (absent ones as a length no text has): no two lists share a key.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(targets.count * 96)
        func add(_ text: String?) {
            let count = text.map { UInt32($0.utf8.count) } ?? UInt32.max
            withUnsafeBytes(of: count.littleEndian) { bytes.append(contentsOf: $0) }
            guard var text else { return }
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }
        for target in targets {
            add(target.id)
            add(target.title)
            add(target.from)
            add(target.templateTitle)
        }
        return bytes.withUnsafeBytes { key in
            lock.lock()
            defer { lock.unlock() }
            if let kept = lists.value(for: key) { return kept }
            let list = TargetList(targets)
            lists.keep(list, for: key)
            return list
        }
    }
}
