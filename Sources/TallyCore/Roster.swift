/// A named set of units or people that `each` targets go through one by one.
public struct Roster: Sendable {
    /// One unit or person: a name, optionally an id, aliases and attributes.
    public struct Member: Sendable {
        public var id: String?
        public var name: String
        public var aliases: [String]
        public var attributes: [String: Value]
        /// Where the member is written, for messages.
        public var line: Int

        public init(id: String? = nil, name: String, aliases: [String] = [], attributes: [String: Value] = [:], line: Int = 0) {
            self.id = id
            self.name = name
            self.aliases = aliases
            self.attributes = attributes
            self.line = line
        }

        /// Every spelling that names this member.
        public var spellings: [String] {
            var all: [String] = []
            all.reserveCapacity(2 + aliases.count)
            if let id { all.append(id) }
            all.append(name)
            all.append(contentsOf: aliases)
            return all
        }
    }

    public var name: String
    public var members: [Member]
    /// Each spelling's `NameKey`, compared by its bytes (keys are NFC).
    private var index: [UTF8Key: Int] = [:]

    public init(name: String, members: [Member]) {
        self.name = name
        self.members = members
        for (position, member) in members.enumerated() {
            for spelling in member.spellings { _ = index(UTF8Key(NameKey.of(spelling)), as: position) }
        }
    }

    /// A roster filled member by member (`add`), as a programme's file lists them; room is made
    /// for `capacity` members and a spelling each, so that the index is rarely rehashed as it grows
    /// (ids and aliases add to it; room for two each cost a million plain names 18% more memory).
    init(name: String, capacity: Int = 0) {
        self.name = name
        members = []
        members.reserveCapacity(capacity)
        index.reserveCapacity(capacity)
    }

    /// Adds `member`, whose spellings' keys are `keys` (in `spellings` order), and returns the
    /// position of the earlier member each key already names (nil where none does): a key names
    /// the first member that has it.
    mutating func add(_ member: Member, keys: [UTF8Key]) -> [Int?] {
        let position = members.count
        members.append(member)
        return keys.map { index($0, as: position) }
    }

    /// Makes `key` name the member at `position` unless an earlier one has it: that one's position.
    private mutating func index(_ key: UTF8Key, as position: Int) -> Int? {
        // One hash on the usual path (a new key); a taken key is put back.
        guard let earlier = index.updateValue(position, forKey: key) else { return nil }
        index[key] = earlier
        return earlier == position ? nil : earlier
    }

    /// The position of the member named by `text` (id, name or alias), if any.
    public func member(named text: String) -> Int? { index[UTF8Key(NameKey.of(text))] }

    /// The position of the member whose name, id or alias has the matching key `key` (`NameKey.of`).
    public func member(key: String) -> Int? { index[UTF8Key(key)] }

    /// The members nearest to an unknown name, ignoring diacritics.
    public func suggestions(for text: String) -> [String] {
        Suggestion.nearest(to: text, in: members.flatMap(\.spellings)).map { spelling in
            members[member(named: spelling)!].name
        }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }
}
