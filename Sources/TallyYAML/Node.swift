/// A YAML node with the marks of where it starts and ends in its file.
public struct Node: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([Node])
        case mapping([Pair])
    }

    /// One key and value of a mapping.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    public var start: Mark
    public var end: Mark
    /// The explicit tag, when the node had one (core tags only survive loading).
    public var tag: String?
    public let source: SourceFile
    /// Whether the mapping had a merge key (`<<`), reported and dropped: the keys it would have
    /// merged are then missing, and nothing more should be said about them.
    public var hadMergeKey = false

    public init(_ content: Content, start: Mark, end: Mark, tag: String? = nil, source: SourceFile) {
        self.content = content
        self.start = start
        self.end = end
        self.tag = tag
        self.source = source
    }

    /// The scalar text, or nil for collections.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The scalar style, or nil for collections.
    public var style: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    /// Whether this is a YAML null: an empty plain scalar, `~` or `null`.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        // Only these spellings, byte for byte (no other text is canonically equal to them): a
        // longer text is not compared, which for Vietnamese text means a slow Unicode comparison.
        guard text.utf8.count <= 4 else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The items of a sequence, or nil.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping, or nil.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// A word for the node's kind, for messages ("a list", "a mapping", "text").
    public var kindName: String {
        switch content {
        case .scalar: isNull ? "nothing" : "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// The value under a scalar key, if present.
    public subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar == key }?.value
    }
}
