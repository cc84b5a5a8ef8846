import Foundation

/// A node compared by what it says, not where it is: the same scalars (byte for byte, so that
/// two spellings of one text in different Unicode forms stay apart), styles, tags and structure.
/// Two targets written alike in two files make equal keys. `detached()` gives a key that does not
/// hold the node's file, for keeping.
public struct NodeContentKey: Hashable, Sendable {
    public let node: Node

    public init(_ node: Node) { self.node = node }

    public static func == (a: NodeContentKey, b: NodeContentKey) -> Bool { same(a.node, b.node) }

    public func hash(into hasher: inout Hasher) { Self.hash(node, into: &hasher) }

    /// The same key holding a copy of the node with an empty file in place of its own.
    public func detached() -> NodeContentKey { NodeContentKey(Self.detached(node, source: Self.nowhere)) }

    private static let nowhere = SourceFile(path: "", bytes: [])

    static func same(_ a: Node, _ b: Node) -> Bool {
        guard a.hadMergeKey == b.hadMergeKey, equalBytes(a.tag, b.tag) else { return false }
        switch (a.content, b.content) {
        case let (.scalar(left, leftStyle), .scalar(right, rightStyle)):
            return leftStyle == rightStyle && equalBytes(left, right)
        case let (.sequence(left), .sequence(right)):
            guard left.count == right.count else { return false }
            for index in left.indices where !same(left[index], right[index]) { return false }
            return true
        case let (.mapping(left), .mapping(right)):
            guard left.count == right.count else { return false }
            for index in left.indices where !same(left[index].key, right[index].key) || !same(left[index].value, right[index].value) { return false }
            return true
        default:
            return false
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

    static func hash(_ node: Node, into hasher: inout Hasher) {
        hasher.combine(node.hadMergeKey)
        if var tag = node.tag { tag.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } }
        switch node.content {
        case .scalar(var text, let style):
            hasher.combine(0)
            hasher.combine(style)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(text.utf8.count)
        case .sequence(let items):
            hasher.combine(1)
            hasher.combine(items.count)
            for item in items { hash(item, into: &hasher) }
        case .mapping(let pairs):
            hasher.combine(2)
            hasher.combine(pairs.count)
            for pair in pairs {
                hash(pair.key, into: &hasher)
                hash(pair.value, into: &hasher)
            }
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
