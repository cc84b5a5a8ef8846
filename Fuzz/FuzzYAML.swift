import TallyYAML

/// libFuzzer entry point for the YAML layer: `YAMLDocument().parse` as programmes and as
/// records files use it, then every node and error is walked and rendered.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let source = SourceFile(path: "fuzz.yaml", bytes: FuzzSupport.bytes(data, size))
    for document in [YAMLDocument(), YAMLDocument(allowsAliases: false)] {
        let (root, errors) = document.parse(source)
        FuzzSupport.render(errors, in: source)
        if let root { _ = FuzzYAML.walk(root, in: source) }
    }
    return 0
}

/// Walks a node tree the way loaders read it.
enum FuzzYAML {
    static func walk(_ node: Node, in source: SourceFile) -> Int {
        var count = node.kindName.count + (node.isNull ? 1 : 0) + (node.tag?.count ?? 0)
        _ = source.line(node.start.line)
        _ = source.line(node.end.line)
        switch node.content {
        case .scalar(let text, _): count += text.utf8.count
        case .sequence(let items): for item in items { count += walk(item, in: source) }
        case .mapping(let pairs):
            for pair in pairs { count += walk(pair.key, in: source) + walk(pair.value, in: source) }
            if let first = pairs.first?.key.scalar { count += node[first] == nil ? 0 : 1 }
        }
        return count
    }
}
