/// Bounds that keep hostile YAML from exhausting time or memory.
public struct YAMLLimits: Sendable {
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may add by expansion, over a whole document.
    public var maxAliasExpansion: Int
    /// Longest scalar, in bytes.
    public var maxScalarBytes: Int

    public init(maxDepth: Int = 64, maxAliasExpansion: Int = 10_000, maxScalarBytes: Int = 1 << 20) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxScalarBytes = maxScalarBytes
    }

    public static let `default` = YAMLLimits()
}
