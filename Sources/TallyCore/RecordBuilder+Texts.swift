import Foundation
import TallyYAML

/// How a record builder keeps texts: interned ones stored once, quoted ones trimmed, titles and
/// long ones as bytes until stored.
extension RecordBuilder {
    /// Adds a text field kept as its bytes (valid UTF-8, as every reader checks), read as a
    /// `String` only when a check needs it (`value(at:)`).
    mutating func add(_ id: Interned, placing bytes: UnsafeRawBufferPointer, _ mark: Mark, _ width: Int, quoted: Bool = false) {
        let start = pendingBytes.count
        pendingBytes.append(contentsOf: bytes)
        add(id, .text(""), mark, width, quoted: quoted)
        pending[pending.count - 1].placed = start..<pendingBytes.count
    }

    /// The value of pending field `index`, a text kept as bytes read as a `String`.
    func value(at index: Int) -> Value {
        guard let placed = pending[index].placed else { return pending[index].given }
        return .text(pendingBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[placed]), as: UTF8.self) })
    }

    /// The stored form of an interned text, put in the record set's side table once.
    mutating func storedText(_ id: Interned) -> StoredValue {
        while textStore.count <= id.index { textStore.append(nil) }
        if let stored = textStore[id.index] { return stored }
        let stored = records.storeText(values[id])
        textStore[id.index] = stored
        return stored
    }

    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    /// A cell or value of evidence as its list of files: split at `|`, each trimmed, empty ones left
    /// out. Most name one file (no `|`): split by characters only when there is one.
    static func evidenceList(_ bytes: UnsafeRawBufferPointer) -> [String] {
        guard bytes.contains(UInt8(ascii: "|")) else {
            let trimmed = String(decoding: bytes, as: UTF8.self).trimmedOfWhitespace
            return trimmed.isEmpty ? [] : [trimmed]
        }
        // Split on bytes when every `|` has ASCII (or nothing) on both sides: each `|` then stands
        // alone as a character, as the split by characters finds (a combining mark after it, or a
        // prepended mark before it, would join it to another character).
        let bar = UInt8(ascii: "|")
        let alone = bytes.indices.allSatisfy { index in
            bytes[index] != bar || ((index == 0 || bytes[index - 1] < 0x80) && (index + 1 == bytes.count || bytes[index + 1] < 0x80))
        }
        guard alone else {
            return String(decoding: bytes, as: UTF8.self).split(separator: "|").map { $0.trimmedOfWhitespace }.filter { !$0.isEmpty }
        }
        return bytes.split(separator: bar, omittingEmptySubsequences: true).compactMap { part in
            let trimmed = String(decoding: UnsafeRawBufferPointer(rebasing: part), as: UTF8.self).trimmedOfWhitespace
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    static func equals(_ bytes: UnsafeRawBufferPointer, _ word: StaticString) -> Bool { PlainScalar.equals(bytes, word) }
}
