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
        var builder = Builder(reader: YAMLEventReader(source: source), limits: limits, allowsAliases: allowsAliases)
        do {
            let root = try builder.document()
            return (root, builder.errors)
        } catch {
            return (nil, builder.errors + [error])
        }
    }

    private struct Builder {
        let reader: YAMLEventReader
        let limits: YAMLLimits
        let allowsAliases: Bool
        var errors: [YAMLError] = []
        var anchors: [String: (node: Node, size: Int)] = [:]
        var expanded = 0

        init(reader: YAMLEventReader, limits: YAMLLimits, allowsAliases: Bool) {
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
                throw YAMLError("a second YAML document starts here; Tally reads one document per file", at: reader.start,
                                fix: "remove the \"---\" line (and merge the two parts), or move the second part to a file of its own")
            }
            return root
        }

        /// Builds the node whose first event, of `kind`, is current; returns it and its size in nodes.
        mutating func node(_ kind: YAMLEventKind, depth: Int) throws(YAMLError) -> (Node, Int) {
            let start = reader.start
            if kind == .alias { return try alias(at: start) }
            let anchor = reader.anchor
            if anchor != nil && !allowsAliases {
                errors.append(YAMLError("anchors (&) are not allowed in records files", at: start, fix: "write the value out in full"))
            }
            let tag = checkedTag(at: start)
            let result: (Node, Int)
            switch kind {
            case .scalar:
                if reader.scalarLength > limits.maxScalarBytes {
                    throw YAMLError("this value is \(reader.scalarLength) bytes long, more than the limit of \(limits.maxScalarBytes)", at: start,
                                    fix: "shorten it, or keep long documents in a separate file and name it in `evidence`")
                }
                result = (Node(.scalar(reader.scalarText, reader.scalarStyle), start: start, end: reader.end, tag: tag, source: reader.source), 1)
            case .sequenceStart:
                try checkDepth(depth, at: start)
                var items: [Node] = []
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
                throw YAMLError("unexpected YAML structure", at: start)
            }
            if let anchor { anchors[anchor] = result }
            return result
        }

        mutating func mapping(start: Mark, tag: String?, depth: Int) throws(YAMLError) -> (Node, Int) {
            var pairs: [Node.Pair] = []
            var seen: [String: Mark] = [:]
            var size = 1
            var merged = false
            while case let next = try reader.next(), next != .mappingEnd {
                let (key, keySize) = try node(next, depth: depth + 1)
                let (value, valueSize) = try node(try reader.next(), depth: depth + 1)
                size += keySize + valueSize
                guard let text = key.scalar else {
                    errors.append(YAMLError("a key must be a single value, not \(key.kindName)", at: key.start, fix: "write keys as plain words, e.g. \"title:\""))
                    continue
                }
                if text == "<<" && key.style == .plain {
                    errors.append(YAMLError("merge keys (<<) are not supported", at: key.start, fix: "write the keys out in this mapping instead of merging an anchor"))
                    merged = true
                    continue
                }
                if let first = seen[text] {
                    errors.append(YAMLError("duplicate key \"\(text)\" (first at line \(first.line), column \(first.column))", at: key.start,
                                            fix: "keep one \"\(text)\" and remove or rename the other"))
                    continue
                }
                seen[text] = key.start
                pairs.append(Node.Pair(key: key, value: value))
            }
            var node = Node(.mapping(pairs), start: start, end: reader.end, tag: tag, source: reader.source)
            node.hadMergeKey = merged
            return (node, size)
        }

        mutating func alias(at start: Mark) throws(YAMLError) -> (Node, Int) {
            let name = reader.anchor ?? ""
            guard allowsAliases else {
                throw YAMLError("aliases (*\(name)) are not allowed in records files", at: start, fix: "write the value out in full")
            }
            guard let (target, size) = anchors[name] else {
                throw YAMLError("alias *\(name) names no anchor defined before it", at: start,
                                fix: "define \"&\(name)\" on a value above this line, or correct the name")
            }
            expanded += size
            if expanded > limits.maxAliasExpansion {
                throw YAMLError("aliases expand to more than \(limits.maxAliasExpansion) values", at: start,
                                fix: "write the values out instead of nesting aliases (this looks like an alias bomb)")
            }
            var copy = target
            copy.start = start
            copy.end = reader.end
            return (copy, size)
        }

        mutating func checkDepth(_ depth: Int, at mark: Mark) throws(YAMLError) {
            if depth > limits.maxDepth {
                throw YAMLError("values are nested more than \(limits.maxDepth) levels deep", at: mark,
                                fix: "flatten the structure; a programme needs only a few levels")
            }
        }

        mutating func checkedTag(at mark: Mark) -> String? {
            guard let tag = reader.tag else { return nil }
            let core = ["str", "int", "float", "bool", "null", "seq", "map"].map { "tag:yaml.org,2002:" + $0 }
            if tag == "!" || core.contains(tag) { return tag }
            errors.append(YAMLError("the tag \(tag) is not supported", at: mark, fix: "remove the tag; Tally reads each value by what its key expects"))
            return nil
        }
    }
}
