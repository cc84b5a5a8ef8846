import Foundation
import TallyYAML

/// The `journal:` key: the YAML records file that the web (and `tally record` without `--into`)
/// appends to. It must be one of the files the programme's `records:` entries match.
enum JournalKey {
    /// The journal as written (relative to the programme, as `Journal.choose` takes it), or nil
    /// (reported) when it is not usable.
    static func load(_ node: Node, patterns: [String], programmePath: String, _ diagnostics: inout Diagnostics) -> String? {
        guard let text = Read.text(node, what: "journal", &diagnostics) else { return nil }
        guard text.hasSuffix(".yaml") || text.hasSuffix(".yml"), !Glob.isPattern(text) else {
            diagnostics.add(.journalNotOneFile, ["journal": "\(text)"], at: node)
            return nil
        }
        let resolved = Glob.resolve(text, besideFile: programmePath)
        let matched = patterns.contains { Glob.matches(resolved, Glob.resolve($0, besideFile: programmePath)) }
        guard matched else {
            diagnostics.add(.journalNotInRecords, ["journal": "\(text)"], at: node)
            return nil
        }
        return text
    }
}
