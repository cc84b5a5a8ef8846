/// Builds the node tree of a one-document YAML file, enforcing Tally's rules:
/// no duplicate keys, no merge keys, core tags only, bounded aliases and depth,
/// exactly one document.
public struct YAMLDocument {
    public let limits: YAMLLimits
    /// Whether anchors and aliases are accepted (programmes yes, records no).
    public let allowsAliases: Bool

    public init(limits: YAMLLimits = .default, allowsAliases: Bool = true) {
        self.limits = limits
        self.allowsAliases = allowsAliases
    }

    /// Parses the single document of `source`; nil when the file holds no document.
    /// Errors that do not stop parsing (duplicate keys, tags) are all collected.
    public func parse(_ source: SourceFile) -> (root: Node?, errors: [YAMLError]) {
        // A file written the plain way is read without libyaml (`BlockEvents`: the same events);
        // any other, or one whose reading stops at an error, is read by libyaml, which says what is wrong.
        if source.bytes != nil {
            let block = BlockEvents(source: source)
            if !block.gaveUp {
                var builder = Builder(reader: block, limits: limits, allowsAliases: allowsAliases)
                if let root = try? builder.document() { return (root, builder.errors) }
            }
        }
        var builder = Builder(reader: YAMLEventReader(source: source), limits: limits, allowsAliases: allowsAliases)
        do {
            let root = try builder.document()
            return (root, builder.errors)
        } catch {
            return (nil, builder.errors + [error])
        }
    }

    private struct Builder<Reader: YAMLEventSource> {
        let reader: Reader
        let limits: YAMLLimits
        let allowsAliases: Bool
        var errors: [YAMLError] = []
        var anchors: [String: (node: Node, size: Int)] = [:]
        var expanded = 0

        init(reader: Reader, limits: YAMLLimits, allowsAliases: Bool) {
            self.reader = reader
            self.limits = limits
            self.allowsAliases = allowsAliases
        }

        mutating func document() throws(YAMLError) -> Node? {
            _ = try reader.next()  // stream start
            guard try reader.next() == .documentStart else { return nil }
            let kind = try reader.next()
            let (root, _) = try node(kind, depth: 1)
            _ = try reader.next()  // document end
            if try reader.next() == .documentStart {
                throw YAMLError("second-document", at: reader.start)
            }
            return root
        }

        /// Builds the node whose first event, of `kind`, is current; returns it and its size in nodes.
        mutating func node(_ kind: YAMLEventKind, depth: Int) throws(YAMLError) -> (Node, Int) {
            let start = reader.start
            if kind == .alias { return try alias(at: start) }
            let anchor = reader.anchor
            if anchor != nil && !allowsAliases {
                errors.append(YAMLError("anchor-in-records", ["name": "&" + (anchor ?? "")], at: start))
            }
            let tag = checkedTag(at: start)
            let result: (Node, Int)
            switch kind {
            case .scalar:
                if reader.scalarLength > limits.maxScalarBytes {
                    throw YAMLError("value-too-long", ["length": String(reader.scalarLength), "limit": String(limits.maxScalarBytes)], at: start)
                }
                result = (Node(.scalar(reader.scalarText, reader.scalarStyle), start: start, end: reader.end, tag: tag, source: reader.source), 1)
            case .sequenceStart:
                try checkDepth(depth, at: start)
                // Room for a few at once: most collections of a programme are small, and growing
                // one item at a time reallocates at 1, 2 and 4.
                var items: [Node] = []
                items.reserveCapacity(4)
                var size = 1
                while case let next = try reader.next(), next != .sequenceEnd {
                    let (item, itemSize) = try node(next, depth: depth + 1)
                    items.append(item)
                    size += itemSize
                }
                result = (Node(.sequence(items), start: start, end: reader.end, tag: tag, source: reader.source), size)
            case .mappingStart:
                try checkDepth(depth, at: start)
                result = try mapping(start: start, tag: tag, depth: depth)
            default:
                throw YAMLError("invalid-yaml", ["detail": "unexpected \(kind)"], at: start)
            }
            if let anchor { anchors[anchor] = result }
            return result
        }

        mutating func mapping(start: Mark, tag: String?, depth: Int) throws(YAMLError) -> (Node, Int) {
            var pairs: [Node.Pair] = []
            pairs.reserveCapacity(4)
            // Duplicate keys are looked for among the pairs while there are few (a programme's
            // mappings mostly have a handful), by a dictionary past that.
            var seen: [String: Mark]?
            var size = 1
            var merged = false
            while case let next = try reader.next(), next != .mappingEnd {
                let (key, keySize) = try node(next, depth: depth + 1)
                let (value, valueSize) = try node(try reader.next(), depth: depth + 1)
                size += keySize + valueSize
                guard let text = key.scalar else {
                    errors.append(YAMLError("complex-key", at: key.start))
                    continue
                }
                if text == "<<" && key.style == .plain {
                    errors.append(YAMLError("merge-key", at: key.start))
                    merged = true
                    continue
                }
                if let first = seen.map({ $0[text] }) ?? pairs.first(where: { $0.key.scalar == text })?.key.start {
                    errors.append(YAMLError("duplicate-key", ["key": text], at: key.start, note: first))
                    continue
                }
                // The key's place is read before the key moves into the pair (using it after costs a copy).
                let keyStart = key.start
                pairs.append(Node.Pair(key: key, value: value))
                if seen != nil {
                    seen?[text] = keyStart
                } else if pairs.count >= 8 {
                    seen = Dictionary(pairs.map { ($0.key.scalar ?? "", $0.key.start) }, uniquingKeysWith: { first, _ in first })
                }
            }
            var node = Node(.mapping(pairs), start: start, end: reader.end, tag: tag, source: reader.source)
            node.hadMergeKey = merged
            return (node, size)
        }

        mutating func alias(at start: Mark) throws(YAMLError) -> (Node, Int) {
            let name = reader.anchor ?? ""
            guard allowsAliases else {
                throw YAMLError("anchor-in-records", ["name": "*" + name], at: start)
            }
            guard let (target, size) = anchors[name] else {
                throw YAMLError("undefined-alias", ["name": name], at: start)
            }
            expanded += size
            if expanded > limits.maxAliasExpansion {
                throw YAMLError("alias-bomb", ["limit": String(limits.maxAliasExpansion)], at: start)
            }
            var copy = target
            copy.start = start
            copy.end = reader.end
            return (copy, size)
        }

        mutating func checkDepth(_ depth: Int, at mark: Mark) throws(YAMLError) {
            if depth > limits.maxDepth {
                throw YAMLError("too-deep", ["limit": String(limits.maxDepth)], at: mark)
            }
        }

        mutating func checkedTag(at mark: Mark) -> String? {
            guard let tag = reader.tag else { return nil }
            let core = ["str", "int", "float", "bool", "null", "seq", "map"].map { "tag:yaml.org,2002:" + $0 }
            if tag == "!" || core.contains(tag) { return tag }
            errors.append(YAMLError("custom-tag", ["tag": tag], at: mark))
            return nil
        }
    }
}
