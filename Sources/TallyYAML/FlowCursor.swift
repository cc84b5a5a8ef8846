/// A walk along one line of a records file for `FlatRecordLine`: keys, scalars and one-line flow
/// collections, each appended as a token. It counts the UTF-8 continuation bytes it passes, so
/// that every column is in characters, as libyaml's marks count them.
struct FlowCursor {
    typealias Token = FlatRecordLine.Token

    let bytes: UnsafePointer<UInt8>
    let count: Int
    var index: Int
    var continuations = 0

    /// The character column of `index`, from the line's start (0-based).
    var column: Int { index - continuations }

    mutating func skipSpaces() {
        while index < count && bytes[index] == 0x20 { index += 1 }
    }

    /// A key and the `: ` after it, with any more spaces.
    mutating func key(into tokens: inout [Token]) -> Bool {
        let start = index
        guard index < count, FlatRecordLine.isKeyStart(bytes[index]) else { return false }
        while index < count && FlatRecordLine.isKeyByte(bytes[index]) { index += 1 }
        // libyaml forgets a possible key after 1,024 characters (the line is then an error there).
        guard index - start <= FlatRecordLine.maxKeyLength else { return false }
        guard index + 1 < count, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == 0x20 else { return false }
        tokens.append(Token(kind: .scalar, column: start - continuations, width: index - start, bytes: start..<index))
        index += 2
        skipSpaces()
        return true
    }

    /// A key with nothing after its `:` but spaces (a field whose list follows on the lines
    /// below); false, with nothing taken, for any other line.
    mutating func keyAlone(into tokens: inout [Token]) -> Bool {
        var end = index
        guard end < count, FlatRecordLine.isKeyStart(bytes[end]) else { return false }
        while end < count && FlatRecordLine.isKeyByte(bytes[end]) { end += 1 }
        guard end - index <= FlatRecordLine.maxKeyLength, end < count, bytes[end] == UInt8(ascii: ":") else { return false }
        var rest = end + 1
        while rest < count && bytes[rest] == 0x20 { rest += 1 }
        guard rest == count else { return false }
        tokens.append(Token(kind: .scalar, column: index - continuations, width: end - index, bytes: index..<end))
        index = rest
        return true
    }

    /// A block value: a quoted scalar, or a plain one to the end of the line.
    mutating func blockValue(into tokens: inout [Token]) -> Bool {
        let first = bytes[index]
        return first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") ? quoted(into: &tokens) : plain(inFlow: false, into: &tokens)
    }

    /// A scalar inside `[]` or `{}`.
    mutating func flowScalar(into tokens: inout [Token]) -> Bool {
        guard index < count else { return false }
        let first = bytes[index]
        return first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") ? quoted(into: &tokens) : plain(inFlow: true, into: &tokens)
    }

    /// How deep `nested` collections may go on one line: programmes need two or three.
    static let deepest = 8

    /// `[scalar, scalar]` (or `[]`); with `mappings`, items may also be `{key: value}`, themselves
    /// `nested` (see `mapping`), `depth` deep.
    mutating func sequence(into tokens: inout [Token], mappings: Bool = false, depth: Int = 1) -> Bool {
        guard depth <= Self.deepest else { return false }
        tokens.append(Token(kind: .sequenceStart, column: column, width: 1))
        index += 1
        skipSpaces()
        if index < count && bytes[index] == UInt8(ascii: "]") {
            tokens.append(Token(kind: .sequenceEnd, column: column, width: 1))
            index += 1
            return true
        }
        while true {
            let item = mappings && index < count && bytes[index] == UInt8(ascii: "{")
                ? mapping(into: &tokens, nested: true, depth: depth + 1) : flowScalar(into: &tokens)
            guard item, let closed = afterItem(closer: UInt8(ascii: "]"), end: .sequenceEnd, into: &tokens) else { return false }
            if closed { return true }
        }
    }

    /// `{key: value, key: [values]}`, with at least one key; when `nested`, a value may also be
    /// `{...}` and a list's items too (a programme's `during: {from: ..., to: ...}`), `depth` deep.
    mutating func mapping(into tokens: inout [Token], nested: Bool = false, depth: Int = 1) -> Bool {
        guard depth <= Self.deepest else { return false }
        tokens.append(Token(kind: .mappingStart, column: column, width: 1))
        index += 1
        skipSpaces()
        while true {
            guard key(into: &tokens), index < count else { return false }
            if bytes[index] == UInt8(ascii: "[") {
                guard sequence(into: &tokens, mappings: nested, depth: depth + 1) else { return false }
            } else if nested && bytes[index] == UInt8(ascii: "{") {
                guard mapping(into: &tokens, nested: true, depth: depth + 1) else { return false }
            } else {
                guard flowScalar(into: &tokens) else { return false }
            }
            guard let closed = afterItem(closer: UInt8(ascii: "}"), end: .mappingEnd, into: &tokens) else { return false }
            if closed { return true }
        }
    }

    /// After an item of a flow collection (and any spaces): true at its `closer`, appended as
    /// `end`; false past a `,` (another item follows); nil at anything else.
    private mutating func afterItem(closer: UInt8, end: YAMLEventKind, into tokens: inout [Token]) -> Bool? {
        skipSpaces()
        guard index < count else { return nil }
        if bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipSpaces()
            return false
        }
        guard bytes[index] == closer else { return nil }
        tokens.append(Token(kind: end, column: column, width: 1))
        index += 1
        return true
    }

    /// A quoted scalar with no escape and no quote inside.
    mutating func quoted(into tokens: inout [Token]) -> Bool {
        let open = index, quote = bytes[open], startColumn = column
        var close = open + 1
        while close < count && bytes[close] != quote {
            if bytes[close] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { return false }
            close += 1
        }
        guard close < count, let inner = UTF8Text.check(bytes, from: open + 1, to: close) else { return false }
        continuations += inner
        index = close + 1
        tokens.append(Token(kind: .scalar, column: startColumn, width: index - open - inner, bytes: (open + 1)..<close,
                            style: quote == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted))
        return true
    }

    /// A plain scalar, its trailing spaces left out: to the end of the line in a block (no `: `,
    /// `:` at the end or ` #`), up to `,`, `]` or `}` in a flow collection (no `#`, `[` or `{` at
    /// all, no `:` before a space, the end or one of `,?[]{}`); only printable characters.
    mutating func plain(inFlow: Bool, into tokens: inout [Token]) -> Bool {
        let start = index, startContinuations = continuations
        let first = bytes[start]
        if FlatRecordLine.isIndicator(first) {
            // "-5" and "-abc" are plain scalars; "-" before a space or at the end is not.
            guard first == UInt8(ascii: "-"), start + 1 < count, FlatRecordLine.isKeyByte(bytes[start + 1]) else { return false }
        }
        var contentEnd = start, contentContinuations = continuations
        while index < count {
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let width = UTF8Text.width(bytes, at: index, end: count) else { return false }
                index += width
                continuations += width - 1
                contentEnd = index
                contentContinuations = continuations
                continue
            }
            if byte < 0x20 || byte == 0x7F { return false }
            if inFlow && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")) { break }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if inFlow { return false }
            case UInt8(ascii: ":"):
                // "http://x" is one scalar; ": " and ":" at the end are not, nor ":" before `,?[]{}` in braces.
                if index + 1 == count || bytes[index + 1] == 0x20 { return false }
                if inFlow && Self.endsFlowColon(bytes[index + 1]) { return false }
            case UInt8(ascii: "#"):
                if inFlow || bytes[index - 1] == 0x20 { return false }
            default:
                break
            }
            index += 1
            if byte != 0x20 {
                contentEnd = index
                contentContinuations = continuations
            }
        }
        tokens.append(Token(kind: .scalar, column: start - startContinuations,
                            width: contentEnd - start - (contentContinuations - startContinuations), bytes: start..<contentEnd))
        return true
    }

    /// What libyaml refuses after a `:` inside a plain scalar in braces or brackets.
    private static func endsFlowColon(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): true
        default: false
        }
    }
}
