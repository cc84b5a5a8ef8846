import Foundation

/// A node compared by what it says, not where it is: the same scalars (byte for byte, so that
/// two spellings of one text in different Unicode forms stay apart), styles, tags and structure.
/// Two targets written alike in two files make equal keys. `detached()` gives a key that does not
/// hold the node's file, for keeping.
public struct NodeContentKey: Hashable, Sendable {
    public let node: Node

    public init(_ node: Node) { self.node = node }

    public static func == (a: NodeContentKey, b: NodeContentKey) -> Bool { same(a.node, b.node) }

    /// The whole node goes through the one hasher (each scalar's bytes with its length, style and
    /// tag; each list's and mapping's size): one SipHash pass, not one per scalar.
    public func hash(into hasher: inout Hasher) { Self.feed(node, into: &hasher) }

    /// The same key holding a copy of the node with an empty file in place of its own.
    public func detached() -> NodeContentKey { NodeContentKey(Self.detached(node, source: Self.nowhere)) }

    private static let nowhere = SourceFile(path: "", bytes: [])

    static func same(_ a: Node, _ b: Node) -> Bool {
        guard a.hadMergeKey == b.hadMergeKey, equalBytes(a.tag, b.tag) else { return false }
        // One side at a time: matching a tuple of both contents copies whole nodes.
        switch a.content {
        case .scalar(let left, let leftStyle):
            guard case .scalar(let right, let rightStyle) = b.content else { return false }
            return leftStyle == rightStyle && equalBytes(left, right)
        case .sequence(let left):
            guard case .sequence(let right) = b.content, left.count == right.count else { return false }
            for index in left.indices where !same(left[index], right[index]) { return false }
            return true
        case .mapping(let left):
            guard case .mapping(let right) = b.content, left.count == right.count else { return false }
            for index in left.indices where !same(left[index].key, right[index].key) || !same(left[index].value, right[index].value) { return false }
            return true
        }
    }

    static func equalBytes(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (var a?, var b?):
            a.withUTF8 { left in b.withUTF8 { right in left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0) } }
        default: false
        }
    }

    static func feed(_ node: Node, into hasher: inout Hasher) {
        hasher.combine(node.hadMergeKey)
        feed(node.tag, into: &hasher)
        switch node.content {
        case .scalar(let text, let style):
            hasher.combine(styleCode(style))
            feed(text, into: &hasher)
        case .sequence(let items):
            hasher.combine(0x10 | UInt64(items.count) << 8)
            for item in items { feed(item, into: &hasher) }
        case .mapping(let pairs):
            hasher.combine(0x20 | UInt64(pairs.count) << 8)
            for pair in pairs {
                feed(pair.key, into: &hasher)
                feed(pair.value, into: &hasher)
            }
        }
    }

    /// A text's bytes after its length (so that no two texts run into each other), or a marker for none.
    private static func feed(_ text: String?, into hasher: inout Hasher) {
        guard var text else { return hasher.combine(UInt64.max) }
        text.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }

    private static func styleCode(_ style: ScalarStyle) -> UInt64 {
        switch style {
        case .plain: 1
        case .singleQuoted: 2
        case .doubleQuoted: 3
        case .literal: 4
        case .folded: 5
        }
    }

    static func detached(_ node: Node, source: SourceFile) -> Node {
        let content: Node.Content = switch node.content {
        case .scalar: node.content
        case .sequence(let items): .sequence(items.map { detached($0, source: source) })
        case .mapping(let pairs): .mapping(pairs.map { Node.Pair(key: detached($0.key, source: source), value: detached($0.value, source: source)) })
        }
        var copy = Node(content, start: node.start, end: node.end, tag: node.tag, source: source)
        copy.hadMergeKey = node.hadMergeKey
        return copy
    }
}
