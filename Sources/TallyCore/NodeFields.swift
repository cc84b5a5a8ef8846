import Foundation
import TallyYAML

/// A mapping node read against a list of allowed keys, reporting unknown keys with "did you mean".
struct NodeFields {
    let node: Node
    private var values: [String: Node] = [:]
    private var keys: [String: Node] = [:]
    /// Known keys that an unknown key was probably meant to be (already reported with "did you mean").
    private(set) var suggested: Set<String> = []

    /// Reads `node` as a mapping; reports and returns nil when it is not one.
    init?(_ node: Node, what: String, allowed: [String], diagnostics: inout Diagnostics, example: String? = nil) {
        self.node = node
        guard let pairs = node.mapping else {
            diagnostics.error("\(what) must be a mapping of keys and values, not \(node.kindName)", at: node,
                              fix: example.map { "write it like: \($0)" } ?? "write \"key: value\" lines under it")
            return nil
        }
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            if !allowed.contains(key) {
                let hint = Suggestion.didYouMean(key, in: allowed)
                suggested.formUnion(Suggestion.nearest(to: key, in: allowed))
                diagnostics.error("unknown key \"\(key)\" in \(what)", at: pair.key,
                                  fix: hint ?? "the keys allowed here are: " + allowed.joined(separator: ", "))
                continue
            }
            values[key] = pair.value
            keys[key] = pair.key
        }
    }

    /// The value of `key` when present and not null.
    subscript(key: String) -> Node? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    /// Whether `key` is written at all.
    func has(_ key: String) -> Bool { values[key] != nil }

    /// The key node itself, for pointing at it.
    func keyNode(_ key: String) -> Node? { keys[key] }

    /// The value of a required key, reporting it when missing or empty.
    func required(_ key: String, what: String, example: String, diagnostics: inout Diagnostics) -> Node? {
        if let value = self[key] { return value }
        if suggested.contains(key) && values[key] == nil { return nil }  // the misspelt key was reported already
        if node.hadMergeKey && values[key] == nil { return nil }  // the unsupported merge was reported already
        let at = values[key] ?? node
        diagnostics.error("\(what) needs \"\(key)\"", at: at, fix: "add a line like: \(example)")
        return nil
    }
}

/// Typed readers for scalars, each reporting a precise error and returning nil on bad input.
enum Read {
    static func text(_ node: Node, what: String, _ diagnostics: inout Diagnostics) -> String? {
        guard let text = node.scalar, !node.isNull else {
            diagnostics.error("\(what) must be a single value, not \(node.kindName)", at: node, fix: "write it on the same line after the colon")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            diagnostics.error("\(what) is empty", at: node, fix: "write a value after the colon")
            return nil
        }
        return trimmed
    }

    static func day(_ node: Node, what: String, _ diagnostics: inout Diagnostics) -> Day? {
        guard let text = text(node, what: what, &diagnostics) else { return nil }
        switch ScalarText.date(text) {
        case .day(let day): return day
        case .impossible(let why):
            diagnostics.error("\(text) is not a real date: \(why)", at: node, fix: "write an existing date as YYYY-MM-DD or D/M/YYYY")
        case .notADate:
            diagnostics.error("\(what) must be a date, not \"\(text)\"", at: node, fix: "write YYYY-MM-DD (2024-03-31) or D/M/YYYY (31/03/2024)")
        }
        return nil
    }

    static func number(_ node: Node, what: String, _ diagnostics: inout Diagnostics) -> Decimal? {
        guard let text = text(node, what: what, &diagnostics) else { return nil }
        switch ScalarText.number(text) {
        case .number(let value): return value
        case .separated(let suggestion):
            diagnostics.error("\"\(text)\" uses separators inside a number", at: node,
                              fix: "write the number with digits only and \".\" for decimals: \(suggestion)")
        case .notANumber:
            diagnostics.error("\(what) must be a number, not \"\(text)\"", at: node, fix: "write digits, e.g. 2 or 12.5")
        }
        return nil
    }

    static func wholeNumber(_ node: Node, what: String, _ diagnostics: inout Diagnostics) -> Int? {
        guard let value = number(node, what: what, &diagnostics) else { return nil }
        guard value >= 0, value == Exact.floor(value), value < 1_000_000_000 else {
            diagnostics.error("\(what) must be a whole number, not \(value)", at: node, fix: "write a whole number such as 2")
            return nil
        }
        return NSDecimalNumber(decimal: value).intValue
    }

    /// A scalar or a list of scalars.
    static func list(_ node: Node, what: String, _ diagnostics: inout Diagnostics) -> [String]? {
        if node.scalar != nil { return text(node, what: what, &diagnostics).map { [$0] } }
        guard let items = node.sequence else {
            diagnostics.error("\(what) must be one value or a list, not \(node.kindName)", at: node, fix: "write [a, b] or a single value")
            return nil
        }
        var result: [String] = []
        for item in items {
            guard let value = text(item, what: "an item of \(what)", &diagnostics) else { return nil }
            result.append(value)
        }
        if result.isEmpty {
            diagnostics.error("\(what) is an empty list", at: node, fix: "name at least one")
            return nil
        }
        return result
    }

    static func quota(_ node: Node, what: String, _ diagnostics: inout Diagnostics) -> Quota? {
        guard let text = text(node, what: what, &diagnostics) else { return nil }
        if text.hasSuffix("%") {
            guard let percent = ScalarText.percent(text), percent <= 100 else {
                diagnostics.error("\(what) must be a percentage from 0% to 100%, not \"\(text)\"", at: node, fix: "write e.g. 80%")
                return nil
            }
            return .percent(percent)
        }
        return wholeNumber(node, what: what, &diagnostics).map { .count($0) }
    }

    /// A window: `2024`, `2024-05`, `2024-Q2`, `2024-H1`, or `{from: DATE, to: DATE}`.
    static func window(_ node: Node, what: String, _ diagnostics: inout Diagnostics) -> DateWindow? {
        let example = "2024, 2024-05, 2024-Q2, 2024-H1 or {from: 2024-01-01, to: 2024-06-30}"
        if node.mapping != nil {
            guard let fields = NodeFields(node, what: what, allowed: ["from", "to"], diagnostics: &diagnostics),
                  let fromNode = fields.required("from", what: what, example: "from: 2024-01-01", diagnostics: &diagnostics),
                  let toNode = fields.required("to", what: what, example: "to: 2024-12-31", diagnostics: &diagnostics),
                  let from = day(fromNode, what: "from", &diagnostics), let to = day(toNode, what: "to", &diagnostics) else { return nil }
            guard from <= to else {
                diagnostics.error("the window ends (\(to)) before it starts (\(from))", at: node, fix: "swap from and to")
                return nil
            }
            return DateWindow(from: from, to: to)
        }
        guard let text = text(node, what: what, &diagnostics) else { return nil }
        if let window = parseWindow(text) { return window }
        diagnostics.error("\(what) must be a period, not \"\(text)\"", at: node, fix: "write \(example)")
        return nil
    }

    static func parseWindow(_ text: String) -> DateWindow? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), year >= 1 else { return nil }
        if parts.count == 1 { return .year(year) }
        guard parts.count == 2 else { return nil }
        let part = parts[1].uppercased()
        if part.count == 2, part.hasPrefix("Q"), let quarter = Int(part.dropFirst()), (1...4).contains(quarter) {
            return .months(quarter * 3 - 2, quarter * 3, of: year)
        }
        if part.count == 2, part.hasPrefix("H"), let half = Int(part.dropFirst()), (1...2).contains(half) {
            return .months(half * 6 - 5, half * 6, of: year)
        }
        if part.count == 2, let month = Int(part), (1...12).contains(month) {
            return .months(month, month, of: year)
        }
        return nil
    }

    /// Parses an expression, reporting a syntax error at its column inside the file.
    static func expression(_ node: Node, what: String, _ diagnostics: inout Diagnostics) -> (Expression, String)? {
        guard let text = text(node, what: what, &diagnostics), let raw = node.scalar else { return nil }
        do {
            return (try ExpressionParser.parse(text), text)
        } catch {
            let leading = raw.prefix { $0 == " " }.count
            let quote = node.style == .singleQuoted || node.style == .doubleQuoted ? 1 : 0
            let column = node.start.column + quote + leading + error.offset
            let mark = Mark(line: node.start.line, column: column)
            diagnostics.add(Diagnostic(.error, "in \(what): \(error.message)", fix: error.fix, source: node.source, at: mark))
            return nil
        }
    }
}
