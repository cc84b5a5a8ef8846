import Foundation

/// The suite cases that are known not to pass, read from `ExpectedFailures.txt` beside this file.
///
/// The file is made of sections. A section starts with a header
/// `[level reason]` and holds one line per case: its id, then why. `level`
/// is `event` (libyaml 0.2.5 itself is wrong: the events differ from
/// `test.event`, valid YAML is rejected or invalid YAML accepted) or `node`
/// (the events are right but Tally refuses the document on purpose). Lines
/// starting with `#` are comments.
struct ExpectedFailures {
    /// Which layer of the conformance test an entry is about.
    enum Level: String, CaseIterable {
        case event, node
    }

    /// One listed case.
    struct Entry: Equatable {
        var id: String
        var level: Level
        /// The section's reason code, e.g. `libyaml-rejects-valid`.
        var reason: String
        /// Why this case in particular fails.
        var detail: String
        /// The line of the file, for messages.
        var line: Int
    }

    /// A problem in the list file itself.
    struct FormatError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "ExpectedFailures.txt:\(line): \(message)" }
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ExpectedFailures.txt")

    var entries: [Entry] = []

    /// Reads and checks the list file.
    static func load() throws -> ExpectedFailures {
        try parse(String(contentsOf: file, encoding: .utf8))
    }

    /// Parses the text of a list file.
    static func parse(_ text: String) throws -> ExpectedFailures {
        var list = ExpectedFailures()
        var section: (level: Level, reason: String)?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let words = line.dropFirst().dropLast().split(separator: " ")
                guard line.hasSuffix("]"), words.count == 2, let level = Level(rawValue: String(words[0])) else {
                    throw FormatError(line: number, message: "a section header is \"[event|node reason-code]\"")
                }
                section = (level, String(words[1]))
                continue
            }
            guard let section else { throw FormatError(line: number, message: "an entry before any section header") }
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, !parts[1].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw FormatError(line: number, message: "\"\(line)\" has no reason after its id")
            }
            let entry = Entry(id: String(parts[0]), level: section.level, reason: section.reason,
                              detail: parts[1].trimmingCharacters(in: .whitespaces), line: number)
            if let twin = list.entry(for: entry.id, level: entry.level) {
                throw FormatError(line: number, message: "\(entry.id) is already listed at line \(twin.line)")
            }
            list.entries.append(entry)
        }
        return list
    }

    /// The entry for a case at a level, if listed.
    func entry(for id: String, level: Level) -> Entry? {
        entries.first { $0.id == id && $0.level == level }
    }

    /// The reason codes used at a level, in the order of the file.
    func reasons(at level: Level) -> [String] {
        var seen: [String] = []
        for entry in entries where entry.level == level && !seen.contains(entry.reason) { seen.append(entry.reason) }
        return seen
    }
}
