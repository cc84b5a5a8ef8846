import Foundation

/// The bytes a node was written as in its file, and the column it starts at: two nodes written
/// alike there read alike, so a target can be looked up by its text, which is far cheaper than
/// walking both nodes (`NodeContentKey`). Only for a node whose reading depends on nothing outside
/// its text: one with an alias (`*`) or a tag (`!`, which a `%TAG` line may define) has none, and
/// neither has a file with a byte-order mark (its columns are not counted from the bytes).
public struct NodeText: Hashable, Sendable {
    private let bytes: [UInt8]
    private let range: Range<Int>
    private let column: Int

    /// The text of `node`, whose file's lines start at `lines`; nil when there is none (see above).
    public init?(_ node: Node, lines: LineStarts) {
        guard node.source === lines.source, let bytes = node.source.bytes,
              let start = lines.byteOffset(of: node.start), let end = lines.byteOffset(of: node.end), start < end else { return nil }
        let dependsOnMore = bytes.withUnsafeBufferPointer { all in
            all[start..<end].contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "!") }
        }
        if dependsOnMore { return nil }
        self.bytes = bytes
        range = start..<end
        column = node.start.column
    }

    private init(bytes: [UInt8], range: Range<Int>, column: Int) {
        self.bytes = bytes
        self.range = range
        self.column = column
    }

    /// The bytes themselves (for tests).
    var text: ArraySlice<UInt8> { bytes[range] }

    /// The same text holding a copy of its bytes only, not its file's (to be kept).
    public func detached() -> NodeText {
        NodeText(bytes: Array(bytes[range]), range: 0..<range.count, column: column)
    }

    public static func == (a: NodeText, b: NodeText) -> Bool {
        guard a.column == b.column, a.range.count == b.range.count else { return false }
        return a.bytes.withUnsafeBytes { left in
            b.bytes.withUnsafeBytes { right in
                a.range.isEmpty || memcmp(left.baseAddress! + a.range.lowerBound, right.baseAddress! + b.range.lowerBound, a.range.count) == 0
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(column)
        bytes.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[range])) }
    }
}

/// Where each line of a file starts, in bytes, with the line breaks libyaml knows (as
/// `SourceFile.lineStarts`): to find the bytes at a mark's line and column.
public struct LineStarts: Sendable {
    public let source: SourceFile
    private let starts: [Int]
    /// How many lines there are (a break at the end starts an empty last one).
    var count: Int { starts.count }

    /// Nil when the file's bytes are not held, or it starts with a byte-order mark.
    public init?(_ source: SourceFile) {
        guard let bytes = source.bytes, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        self.source = source
        var starts = [0]
        bytes.withUnsafeBufferPointer { all in
            var index = 0
            while index < all.count {
                // Eight bytes at a time past those that cannot start a break (most of a file).
                if index + 8 <= all.count,
                   !Self.mayHoldBreak(UnsafeRawPointer(all.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let width = SourceFile.breakWidth(bytes, at: index)
                if width > 0 {
                    index += width
                    starts.append(index)
                } else {
                    index += 1
                }
            }
        }
        self.starts = starts
    }

    /// Whether `byte` is LF, CR or the first byte of NEL, LS or PS (`mayHoldBreak` of one byte).
    @inline(__always)
    static func mayBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 }

    /// Whether one of the eight bytes of `word` is LF, CR or the first byte of NEL, LS or PS.
    @inline(__always)
    static func mayHoldBreak(_ word: UInt64) -> Bool {
        func has(_ byte: UInt64) -> Bool {
            let bits = word ^ (byte &* 0x0101_0101_0101_0101)
            return (bits &- 0x0101_0101_0101_0101) & ~bits & 0x8080_8080_8080_8080 != 0
        }
        return has(0x0A) || has(0x0D) || has(0xC2) || has(0xE2)
    }

    /// The byte offset of `mark` (line and column in characters), or nil when it is not in the file.
    public func byteOffset(of mark: Mark) -> Int? {
        guard mark.line >= 1, mark.line <= starts.count, mark.column >= 1, let bytes = source.bytes else { return nil }
        var offset = starts[mark.line - 1]
        var characters = mark.column - 1
        return bytes.withUnsafeBufferPointer { all in
            while characters > 0 {
                guard offset < all.count else { return nil }
                offset += 1
                while offset < all.count && all[offset] & 0xC0 == 0x80 { offset += 1 }
                characters -= 1
            }
            return offset
        }
    }
}
