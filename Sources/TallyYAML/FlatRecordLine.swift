/// One line of a records file written the plain way, as `FlatRecordEvents` reads it:
///
///     - key: value                     (a record's first field)
///       key: value                     (another field of the same record)
///       key: [value, value]            (a field holding a list, on one line)
///     - {key: value, key: [value]}     (a whole record on one line)
///       key:                           (a field holding a list, one item a line below it:)
///         - value                      (an item, indented four spaces)
///     # a comment                      (at the start of the line), or a line of spaces only
///
/// where a key is up to 512 ASCII letters, digits, `_`, `-` and `.` (not starting with `-` or `.`)
/// followed by `: `, and a value is a plain scalar on one line that starts with no indicator and
/// holds no `: `, ` #`, tab or control character (inside `{}` or `[]`, no `:`, `#`, `,`, `[`, `]`,
/// `{` or `}` at all), or a quoted scalar with no escape and no quote inside. Every character is
/// printable UTF-8 of one to three bytes, with no BOM and none of YAML 1.1's other line breaks
/// (NEL, LS, PS); nothing but spaces follows the last value.
///
/// Lines end with LF or CR LF. On these lines libyaml's events are certain: the scalars, their
/// styles and marks, and the flow collections' starts and ends. Any other line (`parse` answers
/// nil) is left to libyaml, with the whole file.
struct FlatRecordLine {
    enum Kind { case blank, item, field, flowItem, listKey, listItem }

    /// One event of the line: where it starts (in characters from the line's start), its width in
    /// characters, and for a scalar its bytes (inside the quotes for a quoted one) and style.
    struct Token {
        var kind: YAMLEventKind
        var column: Int
        var width: Int
        var bytes: Range<Int> = 0..<0
        var style = ScalarStyle.plain
    }

    var kind: Kind
    /// The characters of the whole line, without its line break.
    var characters = 0

    /// The line `bytes[0..<count]` (without its LF), its events appended to `tokens`; nil when it
    /// is not of the plain shape (`tokens` then holds anything).
    static func parse(_ bytes: UnsafePointer<UInt8>, count: Int, into tokens: inout [Token]) -> FlatRecordLine? {
        guard count > 0 else { return FlatRecordLine(kind: .blank) }
        let first = bytes[0]
        if first == UInt8(ascii: "#") {
            guard let continuations = UTF8Text.check(bytes, from: 1, to: count) else { return nil }
            return FlatRecordLine(kind: .blank, characters: count - continuations)
        }
        var kind: Kind
        if first == UInt8(ascii: "-") {
            guard count > 2, bytes[1] == 0x20 else { return nil }
            kind = bytes[2] == UInt8(ascii: "{") ? .flowItem : .item
        } else if first == 0x20 {
            var index = 1
            while index < count && bytes[index] == 0x20 { index += 1 }
            if index == count { return FlatRecordLine(kind: .blank, characters: count) }
            if index == 4 {
                // An item of a field's list: `- ` then a block value.
                guard count > 6, bytes[4] == UInt8(ascii: "-"), bytes[5] == 0x20 else { return nil }
                kind = .listItem
            } else {
                guard index == 2 else { return nil }
                kind = .field
            }
        } else {
            return nil
        }
        var cursor = FlowCursor(bytes: bytes, count: count, index: kind == .listItem ? 6 : 2)
        if kind == .flowItem {
            guard cursor.mapping(into: &tokens) else { return nil }
        } else if kind == .listItem {
            guard cursor.blockValue(into: &tokens) else { return nil }
        } else if kind == .field, cursor.keyAlone(into: &tokens) {
            kind = .listKey
        } else {
            guard cursor.key(into: &tokens) else { return nil }
            guard cursor.index < count else { return nil }
            if bytes[cursor.index] == UInt8(ascii: "[") {
                guard cursor.sequence(into: &tokens) else { return nil }
            } else {
                guard cursor.blockValue(into: &tokens) else { return nil }
            }
        }
        // Nothing but spaces after the last value.
        cursor.skipSpaces()
        guard cursor.index == count else { return nil }
        return FlatRecordLine(kind: kind, characters: count - cursor.continuations)
    }

    /// The longest key read here: well within libyaml's 1,024 characters for a simple key.
    static let maxKeyLength = 512

    static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// The characters that may not start a plain scalar (YAML's c-indicator), and space.
    static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), 0x20:
            true
        default:
            false
        }
    }
}
