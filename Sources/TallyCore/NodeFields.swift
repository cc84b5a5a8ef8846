import Foundation
import TallyYAML

/// A mapping node read against a list of allowed keys, reporting unknown keys with "did you mean".
struct NodeFields {
    let node: Node
    /// The allowed keys in the order written, with their key and value nodes; a key written twice
    /// counts by its last (searched from the end). A short list: mappings here have a few keys, and
    /// a dictionary of them cost more to build than the few searches made of it.
    private var fields: [(name: String, key: Node, value: Node)] = []
    /// Known keys that an unknown key was probably meant to be (already reported with "did you mean").
    private(set) var suggested: Set<String> = []

    /// Reads `node` as a mapping; reports and returns nil when it is not one.
    init?(_ node: Node, what: LocalizedText, allowed: [String], diagnostics: inout Diagnostics, example: String? = nil) {
        self.node = node
        guard let pairs = node.mapping else {
            diagnostics.add(.notAMapping, ["what": what, "found": node.kindWords, "example": "\(example ?? "key: value")"], at: node)
            return nil
        }
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            if !allowed.contains(key) {
                let near = Suggestion.nearest(to: key, in: allowed)
                suggested.formUnion(near)
                diagnostics.add(Diagnostic(.unknownKey, ["key": "\(key)", "what": what, "allowed": "\(allowed.joined(separator: ", "))"],
                                           at: pair.key).suggesting(near))
                continue
            }
            fields.append((key, pair.key, pair.value))
        }
    }

    private func field(_ name: String) -> (name: String, key: Node, value: Node)? {
        fields.last { $0.name == name }
    }

    /// The value written for `key`, even null.
    private func written(_ key: String) -> Node? { field(key)?.value }

    /// The value of `key` when present and not null.
    subscript(key: String) -> Node? {
        guard let value = written(key), !value.isNull else { return nil }
        return value
    }

    /// Whether `key` is written at all.
    func has(_ key: String) -> Bool { field(key) != nil }

    /// The key node itself, for pointing at it.
    func keyNode(_ key: String) -> Node? { field(key)?.key }

    /// The value of a required key, reporting it when missing or empty.
    func required(_ key: String, what: LocalizedText, example: String, diagnostics: inout Diagnostics) -> Node? {
        let value = written(key)
        if let value, !value.isNull { return value }
        if suggested.contains(key) && value == nil { return nil }  // the misspelt key was reported already
        if node.hadMergeKey && value == nil { return nil }  // the unsupported merge was reported already
        let at = value ?? node
        diagnostics.add(.missingKey, ["what": what, "key": "\(key)", "example": "\(example)"], at: at)
        return nil
    }
}

/// Typed readers for scalars, each reporting a precise error and returning nil on bad input.
enum Read {
    static func text(_ node: Node, what: @autoclosure () -> LocalizedText, _ diagnostics: inout Diagnostics) -> String? {
        guard let text = node.scalar, !node.isNull else {
            diagnostics.add(.notASingleValue, ["what": what(), "found": node.kindWords], at: node)
            return nil
        }
        let trimmed = text.trimmedOfWhitespace
        if trimmed.isEmpty {
            diagnostics.add(.emptyValue, ["what": what()], at: node)
            return nil
        }
        return trimmed
    }

    static func day(_ node: Node, what: @autoclosure () -> LocalizedText, _ diagnostics: inout Diagnostics) -> Day? {
        guard let text = text(node, what: what(), &diagnostics) else { return nil }
        switch ScalarText.date(text) {
        case .day(let day): return day
        case .impossible(let why):
            diagnostics.add(.impossibleDate, ["value": "\(text)", "reason": why], at: node)
        case .notADate:
            diagnostics.add(.notADate, ["what": what(), "value": "\(text)"], at: node)
        }
        return nil
    }

    static func number(_ node: Node, what: @autoclosure () -> LocalizedText, _ diagnostics: inout Diagnostics) -> Decimal? {
        guard let text = text(node, what: what(), &diagnostics) else { return nil }
        switch ScalarText.number(text) {
        case .number(let value): return value
        case .separated(let suggestion):
            diagnostics.add(.thousandsSeparator, ["value": "\(text)", "what": what(), "suggestion": "\(suggestion)"], at: node)
        case .notANumber:
            diagnostics.add(.notANumber, ["what": what(), "value": "\(text)"], at: node)
        }
        return nil
    }

    static func wholeNumber(_ node: Node, what: @autoclosure () -> LocalizedText, _ diagnostics: inout Diagnostics) -> Int? {
        guard let value = number(node, what: what(), &diagnostics) else { return nil }
        guard value >= 0, value == Exact.floor(value), value < 1_000_000_000 else {
            diagnostics.add(.notAWholeNumber, ["what": what(), "value": "\(value)"], at: node)
            return nil
        }
        return NSDecimalNumber(decimal: value).intValue
    }

    /// A scalar or a list of scalars.
    static func list(_ node: Node, what: @autoclosure () -> LocalizedText, _ diagnostics: inout Diagnostics) -> [String]? {
        if node.scalar != nil { return text(node, what: what(), &diagnostics).map { [$0] } }
        guard let items = node.sequence else {
            diagnostics.add(.notAList, ["what": what(), "found": node.kindWords, "example": "[a, b]"], at: node)
            return nil
        }
        var result: [String] = []
        for item in items {
            guard let value = text(item, what: Subject.item(of: what()), &diagnostics) else { return nil }
            result.append(value)
        }
        if result.isEmpty {
            diagnostics.add(.emptyList, ["what": what()], at: node)
            return nil
        }
        return result
    }

    static func quota(_ node: Node, what: @autoclosure () -> LocalizedText, _ diagnostics: inout Diagnostics) -> Quota? {
        guard let text = text(node, what: what(), &diagnostics) else { return nil }
        if text.hasSuffix("%") {
            guard let percent = ScalarText.percent(text), percent <= 100 else {
                diagnostics.add(.notAPercentage, ["what": what(), "value": "\(text)"], at: node)
                return nil
            }
            return .percent(percent)
        }
        return wholeNumber(node, what: what(), &diagnostics).map { .count($0) }
    }

    /// A window: `2024`, `2024-05`, `2024-Q2`, `2024-H1`, or `{from: DATE, to: DATE}`.
    static func window(_ node: Node, what: @autoclosure () -> LocalizedText, _ diagnostics: inout Diagnostics) -> DateWindow? {
        if node.mapping != nil {
            guard let fields = NodeFields(node, what: what(), allowed: AllowedKeys.names(.window), diagnostics: &diagnostics),
                  let fromNode = fields.required("from", what: what(), example: "from: 2024-01-01", diagnostics: &diagnostics),
                  let toNode = fields.required("to", what: what(), example: "to: 2024-12-31", diagnostics: &diagnostics),
                  let from = day(fromNode, what: "from", &diagnostics), let to = day(toNode, what: "to", &diagnostics) else { return nil }
            guard from <= to else {
                diagnostics.add(.windowReversed, ["from": "\(from)", "to": "\(to)"], at: node)
                return nil
            }
            return DateWindow(from: from, to: to)
        }
        guard let text = text(node, what: what(), &diagnostics) else { return nil }
        if let window = parseWindow(text) { return window }
        diagnostics.add(.notAPeriod, ["what": what(), "value": "\(text)"], at: node)
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
    static func expression(_ node: Node, what: @autoclosure () -> LocalizedText, _ diagnostics: inout Diagnostics) -> (Expression, String)? {
        guard let text = text(node, what: what(), &diagnostics), let raw = node.scalar else { return nil }
        do {
            return (try ExpressionParser.parse(text), text)
        } catch {
            let leading = raw.prefix { $0 == " " }.count
            let quote = node.style == .singleQuoted || node.style == .doubleQuoted ? 1 : 0
            let column = node.start.column + quote + leading + error.offset
            let mark = Mark(line: node.start.line, column: column)
            var arguments = error.arguments
            arguments["what"] = what()
            diagnostics.add(Diagnostic(error.code, arguments, source: node.source, at: mark))
            return nil
        }
    }
}
