import Foundation
import TallyYAML

/// Finds programmes in folders by their content (FORMAT.md section 8): a YAML file is a programme
/// when its top-level mapping has `organisation`. Records files (sequences) are told apart from the
/// first lines, without reading them whole; templates have no `organisation`.
public enum ProgrammeFinder {
    /// The programme files directly in `folder` or, with `recursive`, anywhere below it, in path order.
    /// Hidden files and folders are skipped.
    public static func programmes(in folder: String, recursive: Bool) -> [String] {
        var walk = ProgrammeWalk(folder, recursive: recursive)
        var programmes: [String] = []
        while let slice = walk.next(upTo: 4_096) { programmes += slice }
        return programmes
    }

    /// Whether the file at `path` is a programme. A file that cannot be parsed counts as one when it
    /// does not start as a sequence, so that its errors are reported rather than the file skipped.
    public static func isProgramme(_ path: String) -> Bool {
        // A small file that does not start as a list is read whole, and kept for the loader when
        // it is a programme (`ReadAhead`); a records file, or a large one, by its head alone.
        if let read = ReadAhead.read(path, wantsRest: { head in
            if case .other = firstContent(head) { return true }
            return false
        }) {
            let found = isProgramme(path, head: read.head, whole: read.whole)
            if found, let whole = read.whole { ReadAhead.shared.keep(whole, of: path, seen: read.seen) }
            return found
        }
        guard let file = fopen(path, "rb") else { return false }
        var head = [UInt8](repeating: 0, count: 4096)
        head.removeLast(head.count - fread(&head, 1, head.count, file))
        let whole = feof(file) != 0
        fclose(file)
        return isProgramme(path, head: head, whole: whole ? head : nil)
    }

    /// The same from the first 4,096 bytes of the file, and all of them when they were read.
    private static func isProgramme(_ path: String, head: [UInt8], whole: [UInt8]?) -> Bool {
        switch firstContent(head) {
        case .sequence, .empty: return false
        case .other: break
        }
        if plainKeysNameOrganisation(head) { return true }
        // A mapping: programmes and templates are small, so parse it and look at its keys (from
        // the bytes already read when that was the whole file).
        guard let source = whole.map({ SourceFile(path: path, bytes: $0) }) ?? (try? SourceFile.read(path: path)) else { return false }
        return namesOrganisation(source)
    }

    /// Whether the top-level mapping of `source` has the key `organisation`, read from libyaml's
    /// events without building the document (the loader parses a programme again anyway); true
    /// also when the file cannot be parsed, so that its errors are reported.
    static func namesOrganisation(_ source: SourceFile) -> Bool {
        let reader = YAMLEventReader(source: source)
        var depth = 0
        // At depth 1 (inside the root mapping) keys and values alternate.
        var expectsKey = true
        do {
            while true {
                let event = try reader.next()
                switch event {
                case .streamEnd:
                    return false
                case .mappingStart, .sequenceStart:
                    if depth == 0 && event == .sequenceStart { return false }
                    if depth == 1 { expectsKey.toggle() }
                    depth += 1
                case .mappingEnd, .sequenceEnd:
                    depth -= 1
                case .scalar, .alias:
                    guard depth == 1 else { continue }
                    if expectsKey && event == .scalar && reader.scalarText == "organisation" { return true }
                    expectsKey.toggle()
                case .streamStart, .documentStart, .documentEnd:
                    continue
                }
            }
        } catch {
            return true
        }
    }

    /// Whether the head's first lines are plain `key: value` lines at the left margin (or comments
    /// or blank), up to one that is `organisation:`: then the file's root is a mapping with that key,
    /// whatever follows, and libyaml need not read it. Any other line (quotes, flow collections,
    /// block scalars, anchors, tags, indentation, `---`) leaves the answer to `namesOrganisation`.
    static func plainKeysNameOrganisation(_ head: [UInt8]) -> Bool {
        let key = Array("organisation:".utf8)
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count {
            guard let end = head[start...].firstIndex(of: UInt8(ascii: "\n")) else { return false }
            let line = head[start..<end]
            start = end + 1
            guard let first = line.first, first != UInt8(ascii: "\r"), first != UInt8(ascii: "#") else { continue }
            if line.starts(with: key) {
                let after = line.dropFirst(key.count).first
                return after == nil || after == 0x20 || after == 0x09 || after == 0x0D
            }
            guard isPlainKeyLine(line) else { return false }
        }
        return false
    }

    /// `name: value` at the left margin, the name of letters, digits, `-` and `_`, the value
    /// holding none of YAML's quote, flow, block, anchor, alias, tag or comment characters.
    private static func isPlainKeyLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return false }
        for byte in line[..<colon] {
            let isNameByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            guard isNameByte else { return false }
        }
        let value = line[(colon + 1)...]
        guard value.first == nil || value.first == 0x20 || value.first == 0x0D else { return false }
        return !value.contains { byte in
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "#"),
                 UInt8(ascii: "`"), UInt8(ascii: "@"), UInt8(ascii: "%"), 0x09: true
            default: false
            }
        }
    }

    enum Start: Equatable { case sequence, empty, other }

    /// What the first content line of a YAML file starts with, past comments, directives and `---`.
    static func firstContent(_ head: [UInt8]) -> Start {
        let bytes = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        // Line by line up to the first with content (a 4 KB head is not split whole).
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            guard let first = trimmed.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "%") else { continue }
            if trimmed.starts(with: Array("---".utf8)) {
                let rest = trimmed.dropFirst(3).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
                if rest.isEmpty || rest.first == UInt8(ascii: "#") { continue }
                return rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "[") ? .sequence : .other
            }
            if first == UInt8(ascii: "[") { return .sequence }
            if first == UInt8(ascii: "-"), trimmed.count == 1 || [0x20, 0x09, 0x0D].contains(trimmed[trimmed.index(after: trimmed.startIndex)]) { return .sequence }
            return .other
        }
        return bytes.isEmpty ? .empty : .other
    }
}
