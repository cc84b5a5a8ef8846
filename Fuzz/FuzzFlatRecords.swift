import TallyYAML

/// libFuzzer entry point for the plain records reader: wherever `FlatRecordEvents` does not give
/// up, its events (kinds, marks, styles, bytes) must be libyaml's, and where libyaml fails it must
/// have given up. A disagreement stops the fuzzer with both event lists.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFlatRecords(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    // Only the YAML layer is linked in (see scripts/fuzz), so the bytes are copied here.
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let source = SourceFile(path: "fuzz.yaml", bytes: bytes)
    let flat = FlatRecordEvents(source: source)
    guard let flatEvents = FuzzFlatRecords.events(flat) else { return 0 }
    let libyaml = FuzzFlatRecords.events(YAMLEventReader(source: source))
    if libyaml != flatEvents { fatalError("FlatRecordEvents disagrees with libyaml:\n\(libyaml ?? [])\n\(flatEvents)") }
    return 0
}

enum FuzzFlatRecords {
    /// Every event to the stream's end as text, or nil at an error.
    static func events(_ events: some YAMLEventSource) -> [String]? {
        var seen: [String] = []
        while true {
            guard let kind = try? events.next() else { return nil }
            var line = "\(kind) \(events.start)/\(events.start.offset)-\(events.end)/\(events.end.offset)"
            if kind == .scalar { line += " \(events.scalarStyle) \(Array(events.scalarBytes))" }
            seen.append(line)
            if kind == .streamEnd { return seen }
        }
    }
}
