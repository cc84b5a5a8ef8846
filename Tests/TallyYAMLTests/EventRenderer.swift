import TallyYAML

/// Renders the events of a `YAMLEventReader` in the YAML test suite's `test.event` format.
///
/// The format is the one of libyaml's own `run-parser-test-suite` harness:
/// `+DOC ---` / `-DOC ...` for explicit markers, `{}` / `[]` for flow
/// collections, then ` &anchor` and ` <tag>`, then the scalar's style
/// indicator (`:` `'` `"` `|` `>`) and its escaped value.
enum EventRenderer {
    /// What reading a whole input gave: the events rendered before the end or the error.
    struct Result {
        var events: [String] = []
        var error: YAMLError?
        /// Whether reading stopped at `eventLimit` without reaching the stream end.
        var looped = false
    }

    /// More events than any suite case needs; a reader going past it is looping.
    static let eventLimit = 100_000

    /// Reads `yaml` to its end or first error, rendering every event.
    static func render(_ yaml: [UInt8], path: String = "in.yaml") -> Result {
        let reader = YAMLEventReader(source: SourceFile(path: path, bytes: yaml))
        var result = Result()
        do {
            while result.events.count < eventLimit {
                let kind = try reader.next()
                result.events.append(line(for: kind, of: reader))
                if kind == .streamEnd { return result }
            }
            result.looped = true
        } catch {
            result.error = error
        }
        return result
    }

    /// The `test.event` line of the reader's current event, of `kind`.
    static func line(for kind: YAMLEventKind, of reader: YAMLEventReader) -> String {
        switch kind {
        case .streamStart: return "+STR"
        case .streamEnd: return "-STR"
        case .documentStart: return reader.isImplicitDocumentStart ? "+DOC" : "+DOC ---"
        case .documentEnd: return reader.isImplicitDocumentEnd ? "-DOC" : "-DOC ..."
        case .alias: return "=ALI *" + (reader.anchor ?? "")
        case .sequenceEnd: return "-SEQ"
        case .mappingEnd: return "-MAP"
        case .sequenceStart: return "+SEQ" + (reader.isFlow ? " []" : "") + properties(of: reader)
        case .mappingStart: return "+MAP" + (reader.isFlow ? " {}" : "") + properties(of: reader)
        case .scalar: return "=VAL" + properties(of: reader) + " " + indicator(reader.scalarStyle) + escaped(reader.scalarText)
        }
    }

    /// The ` &anchor <tag>` suffix of a node event, in the suite's order.
    static func properties(of reader: YAMLEventReader) -> String {
        var text = ""
        if let anchor = reader.anchor { text += " &" + anchor }
        if let tag = reader.tag { text += " <" + tag + ">" }
        return text
    }

    /// The character that stands for a scalar style in `test.event`.
    static func indicator(_ style: ScalarStyle) -> String {
        switch style {
        case .plain: ":"
        case .singleQuoted: "'"
        case .doubleQuoted: "\""
        case .literal: "|"
        case .folded: ">"
        }
    }

    /// A scalar value with backslashes and control characters escaped as the suite writes them.
    static func escaped(_ value: String) -> String {
        var text = ""
        text.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\0": text += "\\0"
            case "\u{07}": text += "\\a"
            case "\u{08}": text += "\\b"
            case "\t": text += "\\t"
            case "\n": text += "\\n"
            case "\u{0B}": text += "\\v"
            case "\u{0C}": text += "\\f"
            case "\r": text += "\\r"
            case "\u{1B}": text += "\\e"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
