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
        guard let file = fopen(path, "rb") else { return false }
        var head = [UInt8](repeating: 0, count: 4096)
        head.removeLast(head.count - fread(&head, 1, head.count, file))
        let whole = feof(file) != 0
        fclose(file)
        switch firstContent(head) {
        case .sequence, .empty: return false
        case .other: break
        }
        // A mapping: programmes and templates are small, so parse it and look at its keys (from
        // the head already read when that was the whole file).
        guard let source = whole ? SourceFile(path: path, bytes: head) : try? SourceFile.read(path: path) else { return false }
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
