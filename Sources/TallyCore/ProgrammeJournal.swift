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
            diagnostics.error("journal must name one YAML records file, not \"\(text)\"", at: node,
                              fix: "write e.g. journal: records/2024/web.yaml (a .yaml file, no wildcards)")
            return nil
        }
        let resolved = Glob.resolve(text, besideFile: programmePath)
        let matched = patterns.contains { Glob.matches(resolved, Glob.resolve($0, besideFile: programmePath)) }
        guard matched else {
            diagnostics.error("journal \"\(text)\" is not one of the files that records: names, so what is written there would not count", at: node,
                              fix: "add \(text) to records:, or name a file that one of its entries matches")
            return nil
        }
        return text
    }
}
