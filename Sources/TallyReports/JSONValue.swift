import Foundation

/// A JSON value whose objects keep their key order, so reports read in a stable, logical order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array whose elements are written one by one when the value is written, never held.
    case stream(JSONStream)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// The value as JSON text, indented by two spaces (see `JSONWriter` for the layout).
    public func serialized() -> String {
        let output = ReportOutput.memory()
        JSONWriter(output: output).value(self)
        return output.text
    }

    /// Whether an array is laid out on one line: when it holds only strings and numbers.
    static func isInline(_ items: [JSONValue]) -> Bool {
        !items.isEmpty && items.allSatisfy { if case .string = $0 { true } else if case .number = $0 { true } else { false } }
    }

    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// How a character that JSON strings cannot hold as it is is written.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: String(format: "\\u%04x", scalar.value)
        }
    }
}

/// The elements of a streamed array: `count` of them, each written by `write` when the
/// array is written. `inline` arrays (of strings and numbers) stay on one line.
public struct JSONStream: Sendable {
    let count: Int
    let inline: Bool
    /// Whether elements may be written on several cores at once (each `write` only reads what it
    /// captured); not for streams whose elements are produced in order, such as a roll-up's programmes.
    let parallel: Bool
    let write: @Sendable (JSONWriter, Int) -> Void

    init(count: Int, inline: Bool = false, parallel: Bool = false, write: @escaping @Sendable (JSONWriter, Int) -> Void) {
        self.count = count
        self.inline = inline
        self.parallel = parallel
        self.write = write
    }

    /// The elements of `elements` in order, one after another (never in parallel): `count`
    /// elements, read as they are written.
    init<Elements: Sequence & Sendable>(_ elements: Elements, count: Int? = nil, inline: Bool = false,
                                        write: @escaping @Sendable (JSONWriter, Elements.Element) -> Void) {
        let cursor = SequenceCursor(elements)
        self.init(count: count ?? elements.underestimatedCount, inline: inline) { writer, index in
            if let element = cursor.element(at: index) { write(writer, element) }
        }
    }

    /// Strings, on one line.
    static func strings(_ texts: [String]) -> JSONValue {
        .stream(JSONStream(count: texts.count, inline: true, parallel: true) { writer, index in writer.string(texts[index]) })
    }
}
