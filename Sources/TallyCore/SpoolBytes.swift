import Foundation

/// Values written as bytes for a spool: variable-length integers, texts with their length in
/// front, and plain bit patterns (a `Decimal`, a `Double`), read back by `ByteReader` in the same order.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) { Self.append(value, to: &bytes) }

    /// `value` as a variable-length integer (seven bits a byte, the high bit set on all but the last).
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Empties the writer, its room kept, to write another value.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// An optional text: a flag, then the text.
    mutating func text(_ value: String?) {
        byte(value == nil ? 0 : 1)
        if let value { text(value) }
    }

    /// A value of a plain type (no references: a `Decimal`, a `Double`) as its bytes.
    mutating func raw<Value>(_ value: Value) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

}

/// Reads what a `ByteWriter` wrote, in the same order.
struct ByteReader {
    private let bytes: [UInt8]
    private(set) var position: Int
    private let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        position = start
        self.end = end ?? bytes.count
    }

    mutating func int() -> Int {
        var value: UInt64 = 0, shift: UInt64 = 0
        while position < end {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value))
    }

    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }

    mutating func text() -> String {
        let count = int()
        defer { position += count }
        return bytes.withUnsafeBufferPointer { String(decoding: $0[position..<position + count], as: UTF8.self) }
    }

    mutating func optionalText() -> String? { byte() == 0 ? nil : text() }

    /// A value of a plain type written by `ByteWriter.raw`, copied over `blank`.
    mutating func raw<Value>(_ blank: Value) -> Value {
        var value = blank
        let size = MemoryLayout<Value>.size
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[position..<position + size])) }
        }
        position += size
        return value
    }
}
