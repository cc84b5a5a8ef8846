import TallyYAML

/// Converts a Tally node tree to JSON by the YAML 1.2 core schema, for comparison with `in.json`.
///
/// Tally itself never types scalars implicitly (they stay strings, and each
/// key's reader decides what it expects). The suite's `in.json` files are
/// written with the core schema, so this conversion exists only in the test:
/// plain untagged scalars resolve to null, booleans, integers, floats or
/// strings; quoted and block scalars, and `!`-tagged ones, stay strings; the
/// core tags `!!str` `!!int` `!!float` `!!bool` `!!null` force their type.
enum CoreSchema {
    static let prefix = "tag:yaml.org,2002:"

    /// The JSON value of `node`. Mapping keys become their scalar text, as in `in.json`.
    static func json(_ node: Node) -> JSONValue {
        switch node.content {
        case .scalar(let text, let style):
            return scalar(text, style: style, tag: node.tag)
        case .sequence(let items):
            return .array(items.map(json))
        case .mapping(let pairs):
            return .object(pairs.map { (key: $0.key.scalar ?? "", value: json($0.value)) })
        }
    }

    /// The core-schema value of one scalar.
    static func scalar(_ text: String, style: ScalarStyle, tag: String?) -> JSONValue {
        switch tag {
        case prefix + "str", "!": return .string(text)
        case prefix + "null": return .null
        case prefix + "bool": return bool(text).map(JSONValue.bool) ?? .string(text)
        case prefix + "int": return int(text).map(JSONValue.number) ?? .string(text)
        case prefix + "float": return (float(text) ?? int(text)).map(JSONValue.number) ?? .string(text)
        default:
            guard style == .plain else { return .string(text) }
            if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
            if let value = bool(text) { return .bool(value) }
            if let value = int(text) ?? float(text) { return .number(value) }
            return .string(text)
        }
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`, as a Double (JSON has one number type).
    static func int(_ text: String) -> Double? {
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8).map(Double.init) }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16).map(Double.init) }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Double(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf` or `.nan` (three spellings each).
    static func float(_ text: String) -> Double? {
        let sign: Double = text.first == "-" ? -1 : 1
        let body = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        if [".inf", ".Inf", ".INF"].contains(body) { return sign * .infinity }
        if [".nan", ".NaN", ".NAN"].contains(text) { return .nan }
        var rest = body[...]
        let whole = rest.prefix { $0.isASCII && $0.isNumber }
        rest = rest.dropFirst(whole.count)
        var fraction = Substring()
        if rest.first == "." {
            rest = rest.dropFirst()
            fraction = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(fraction.count)
            if whole.isEmpty && fraction.isEmpty { return nil }
        } else if whole.isEmpty {
            return nil
        }
        if let e = rest.first, e == "e" || e == "E" {
            rest = rest.dropFirst()
            if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
            let exponent = rest.prefix { $0.isASCII && $0.isNumber }
            guard !exponent.isEmpty else { return nil }
            rest = rest.dropFirst(exponent.count)
        }
        guard rest.isEmpty else { return nil }
        return Double(text.hasSuffix(".") ? text + "0" : text)
    }
}
