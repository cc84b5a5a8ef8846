import Foundation

/// A node compared by what it says, not where it is: the same scalars (byte for byte, so that
/// two spellings of one text in different Unicode forms stay apart), styles, tags and structure.
/// Two targets written alike in two files make equal keys. `detached()` gives a key that does not
/// hold the node's file, for keeping.
public struct NodeContentKey: Hashable, Sendable {
    public let node: Node

    public init(_ node: Node) { self.node = node }

    public static func == (a: NodeContentKey, b: NodeContentKey) -> Bool { same(a.node, b.node) }

    /// One digest of the whole node goes to the hasher (each scalar's `ByteHash`, mixed in order):
    /// a programme's targets are looked up by it one by one.
    public func hash(into hasher: inout Hasher) { hasher.combine(Self.digest(node)) }

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

    static func digest(_ node: Node) -> UInt64 {
        var digest = ByteHash.mix(node.hadMergeKey ? 1 : 0, node.tag.map(bytesDigest) ?? 0)
        switch node.content {
        case .scalar(let text, let style):
            digest = ByteHash.mix(digest, styleCode(style))
            digest = ByteHash.mix(digest, bytesDigest(text))
        case .sequence(let items):
            digest = ByteHash.mix(digest, 0x10 | UInt64(items.count) << 8)
            for item in items { digest = ByteHash.mix(digest, Self.digest(item)) }
        case .mapping(let pairs):
            digest = ByteHash.mix(digest, 0x20 | UInt64(pairs.count) << 8)
            for pair in pairs {
                digest = ByteHash.mix(digest, Self.digest(pair.key))
                digest = ByteHash.mix(digest, Self.digest(pair.value))
            }
        }
        return digest
    }

    private static func bytesDigest(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { ByteHash.of(UnsafeRawBufferPointer($0)) }
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
