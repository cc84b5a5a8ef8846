import Foundation
import TallyCore

/// Writes JSON to a report output as it is produced, laid out exactly as `JSONValue.serialized`
/// lays it out (two-space indents, one member per line, arrays of plain values on one line),
/// so that a report of millions of values is never held in memory.
///
/// Containers are opened lazily: an empty one comes out as `{}` or `[]`.
public final class JSONWriter: @unchecked Sendable {
    private enum Container {
        case object, array, inlineArray
    }

    private struct Level {
        var container: Container
        var count = 0
    }

    let output: ReportOutput
    private var levels: [Level] = []

    init(output: ReportOutput) { self.output = output }

    // MARK: containers

    func beginObject() {
        beforeValue()
        levels.append(Level(container: .object))
    }

    func endObject() { end(open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) }

    /// Starts an array; `inline` arrays (of strings and numbers) stay on one line.
    func beginArray(inline: Bool = false) {
        beforeValue()
        levels.append(Level(container: inline ? .inlineArray : .array))
    }

    func endArray() { end(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) }

    private func end(open: UInt8, close: UInt8) {
        let level = levels.removeLast()
        if level.count == 0 {
            output.append(open)
        } else if level.container != .inlineArray {
            output.append(UInt8(ascii: "\n"))
            indent(levels.count)
        }
        output.append(close)
    }

    /// Starts the member `name` of the current object; its value follows.
    func key(named name: String) {
        separate()
        quote(name)
        output.append(UInt8(ascii: ":"))
        output.append(UInt8(ascii: " "))
        pendingKey = true
    }

    /// Starts a member whose name is a literal that needs no escaping (the report's own keys).
    func key(_ name: StaticString) {
        separate()
        output.append(UInt8(ascii: "\""))
        output.append(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
        output.append(UInt8(ascii: " "))
        pendingKey = true
    }

    private var pendingKey = false

    /// Puts the separator and indentation in front of the next value (none after a key).
    private func beforeValue() {
        if pendingKey { pendingKey = false; return }
        guard !levels.isEmpty else { return }
        separate()
    }

    private func separate() {
        let depth = levels.count
        let level = levels[depth - 1]
        levels[depth - 1].count += 1
        switch level.container {
        case .inlineArray:
            output.append(level.count == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
            if level.count > 0 { output.append(UInt8(ascii: " ")) }
        case .object, .array:
            if level.count == 0 {
                output.append(level.container == .object ? UInt8(ascii: "{") : UInt8(ascii: "["))
            } else {
                output.append(UInt8(ascii: ","))
            }
            output.append(UInt8(ascii: "\n"))
            indent(depth)

        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private func indent(_ depth: Int) {
        var left = 2 * depth
        while left > 0 {
            let run = min(left, Self.spaces.count)
            Self.spaces.withUnsafeBytes { output.append(UnsafeRawBufferPointer(rebasing: $0[0..<run])) }
            left -= run
        }
    }

    // MARK: values

    func string(_ text: String) {
        beforeValue()
        quote(text)
    }

    func number(_ value: Double) {
        beforeValue()
        raw(JSONValue.format(value))
    }

    func integer(_ value: Int) {
        beforeValue()
        // Digits written straight into the output: a report writes a line number per record.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var magnitude = value.magnitude, end = buffer.count
            repeat {
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { end -= 1; buffer[end] = UInt8(ascii: "-") }
            output.append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[end...]))
        }
    }

    func bool(_ flag: Bool) {
        beforeValue()
        raw(flag ? "true" : "false")
    }

    func null() {
        beforeValue()
        raw("null")
    }

    /// `"name": "text"`.
    func member(_ name: StaticString, _ text: String) {
        key(name)
        string(text)
    }

    /// `"name": "text"`, the text given as UTF-8 bytes.
    func member(_ name: StaticString, bytes: UnsafeRawBufferPointer) {
        key(name)
        beforeValue()
        quote(bytes: bytes)
    }

    /// A date as a string, `"YYYY-MM-DD"`, written digit by digit.
    func day(_ day: Day) {
        beforeValue()
        let (year, month, date) = day.components
        guard (0...9999).contains(year) else { return quote(day.description) }
        let digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            UInt8(ascii: "\""), UInt8(48 + year / 1000), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10),
            UInt8(ascii: "-"), UInt8(48 + month / 10), UInt8(48 + month % 10), UInt8(ascii: "-"), UInt8(48 + date / 10), UInt8(48 + date % 10),
            UInt8(ascii: "\""))
        withUnsafeBytes(of: digits) { output.append($0) }
    }

    private func raw(_ text: String) {
        var text = text
        text.withUTF8 { output.append(UnsafeRawBufferPointer($0)) }
    }

    /// A JSON string literal, copying runs of bytes that need no escape as they are.
    private func quote(_ text: String) {
        var text = text
        text.withUTF8 { quote(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// A JSON string literal of UTF-8 bytes, copying runs of bytes that need no escape as they are.
    private func quote(bytes: UnsafeRawBufferPointer) {
        output.append(UInt8(ascii: "\""))
        do {
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: String?
                if byte == UInt8(ascii: "\"") { escape = "\\\"" }
                else if byte == UInt8(ascii: "\\") { escape = "\\\\" }
                else if byte < 0x20 { escape = JSONValue.escape(Unicode.Scalar(byte)) }
                else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                } else { escape = nil }
                guard let escape else { index += 1; continue }
                output.append(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                raw(escape)
                index += byte == 0xE2 ? 3 : 1
                start = index
            }
            output.append(UnsafeRawBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Writes a value built in memory (small parts of a report).
    func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let number): self.number(number)
        case .string(let text): string(text)
        case .array(let items):
            beginArray(inline: JSONValue.isInline(items))
            for item in items { self.value(item) }
            endArray()
        case .object(let pairs):
            beginObject()
            for (name, item) in pairs {
                key(named: name)
                self.value(item)
            }
            endObject()
        case .stream(let stream):
            beginArray(inline: stream.inline)
            if stream.parallel && stream.count >= Self.parallelChunk { writeInParallel(stream) }
            else { for index in 0..<stream.count { stream.write(self, index) } }
            endArray()
        }
    }

    // MARK: elements written apart

    /// A writer standing at an element of an array `depth` containers down, leaving the separator
    /// in front of the element to the writer of the array (see `element(written:)`).
    static func standingAtElement(depth: Int, output: ReportOutput) -> JSONWriter {
        let writer = JSONWriter(output: output)
        writer.levels = Array(repeating: Level(container: .array, count: 1), count: depth)
        writer.pendingKey = true
        return writer
    }

    /// Writes an element of the current array that a writer `standingAtElement` wrote.
    func element(written text: String) {
        beforeValue()
        output.write(text)
    }

    // MARK: long streams on every core

    /// Elements a worker writes at a time: a counted record is a few hundred bytes, so a chunk fits
    /// its buffer's first megabyte and the buffers of a wave, used again by every wave, are all
    /// that is in flight.
    static let parallelChunk = 2048

    /// Writes a long stream's elements on every core, a wave of chunks at a time: each chunk goes to
    /// its own buffer through a writer standing where this one stands, then the buffers are appended
    /// in order. The bytes are those of writing the elements one by one; a few megabytes are in flight.
    private func writeInParallel(_ stream: JSONStream) {
        let chunk = Self.parallelChunk, wave = 2 * Cores.count
        let depth = levels.count
        let buffers = Buffers((0..<wave).map { _ in ReportOutput.memory() })
        var start = 0
        while start < stream.count {
            let end = min(stream.count, start + wave * chunk)
            let starts = Array(stride(from: start, to: end, by: chunk))
            for buffer in buffers.outputs { buffer.clear() }
            let levels = levels
            DispatchQueue.concurrentPerform(iterations: starts.count) { item in
                let writer = JSONWriter(output: buffers.outputs[item])
                writer.levels = levels
                writer.levels[depth - 1].count = starts[item]
                for index in starts[item]..<min(end, starts[item] + chunk) { stream.write(writer, index) }
            }
            for buffer in buffers.outputs.prefix(starts.count) { output.append(buffer.bytes) }
            self.levels[depth - 1].count = end
            start = end
        }
    }

    /// The chunks' buffers of one wave, each written by one worker.
    private final class Buffers: @unchecked Sendable {
        let outputs: [ReportOutput]
        init(_ outputs: [ReportOutput]) { self.outputs = outputs }
    }
}
