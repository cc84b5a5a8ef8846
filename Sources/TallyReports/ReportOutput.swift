import Foundation
import TallyCore

/// Where a report goes while it is produced: standard output, a file that is replaced
/// atomically once the report is complete, or memory (for `render` and tests). Bytes are
/// buffered and handed on a megabyte at a time, so a report of any size costs a megabyte.
public final class ReportOutput {
    public struct Failure: Error, Sendable {
        public var message: String
        /// Why, without the temporary file's name.
        public var reason: LocalizedText

        init(message: String, reason: LocalizedText) {
            self.message = message
            self.reason = reason
        }

        init(_ failure: AtomicFile.Failure) { self.init(message: failure.message, reason: failure.reason) }
    }

    private enum Destination {
        case standardOutput
        case file(AtomicFile.Writer)
        case memory
    }

    private let destination: Destination
    /// The bytes not handed on yet (raw memory: this is on the path of every byte of a report).
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    static let flushSize = 1 << 20

    private init(_ destination: Destination) {
        self.destination = destination
        capacity = Self.flushSize
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Standard output.
    public static func standardOutput() -> ReportOutput { ReportOutput(.standardOutput) }

    /// A file, replaced when `finish` is called (untouched if it never is).
    public static func replacing(_ path: String) throws(Failure) -> ReportOutput {
        do {
            return ReportOutput(.file(try AtomicFile.Writer(replacing: path)))
        } catch {
            throw Failure(error)
        }
    }

    /// Memory; read the result with `text`.
    public static func memory() -> ReportOutput { ReportOutput(.memory) }

    @inline(__always) func append(_ byte: UInt8) {
        if count == capacity { makeRoom(1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always) func append(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        if count + bytes.count > capacity { makeRoom(bytes.count) }
        (storage + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(UnsafeRawBufferPointer(bytes))
    }

    /// Hands the buffer on (or, in memory, grows it) so that `needed` more bytes fit.
    private func makeRoom(_ needed: Int) {
        if case .memory = destination {
            let grown = max(capacity * 2, count + needed)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            larger.update(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity = grown
            return
        }
        try? flush()
        if needed > capacity {
            storage.deallocate()
            capacity = needed
            storage = .allocate(capacity: capacity)
        }
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    private var failure: Failure?

    private func flush() throws(Failure) {
        defer { count = 0 }
        let bytes = UnsafeRawBufferPointer(start: storage, count: count)
        switch destination {
        case .memory: return
        case .standardOutput:
            guard failure == nil else { return }
            var written = 0
            while written < bytes.count {
                let result = systemWrite(1, bytes.baseAddress! + written, bytes.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    let number = errno
                    failure = Failure(message: "cannot write the report: \(String(cString: strerror(number)))", reason: SystemReason.words(errno: number))
                    return
                }
                written += result
            }
        case .file(let writer):
            guard failure == nil else { return }
            do throws(AtomicFile.Failure) { try writer.write(bytes) } catch { failure = Failure(error) }
        }
    }

    /// Writes what is left and, for a file, puts it in place; throws the first failure.
    public func finish() throws(Failure) {
        if case .memory = destination { return }
        try flush()
        if let failure {
            if case .file(let writer) = destination { writer.abandon() }
            throw failure
        }
        if case .file(let writer) = destination {
            do { try writer.commit() } catch { throw Failure(error) }
        }
    }

    /// Forgets the bytes written to memory, keeping the room they took (a buffer used again).
    func clear() {
        guard case .memory = destination else { return }
        count = 0
    }

    /// The bytes written to memory.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: storage, count: count) }

    /// What was written to memory.
    public var text: String { String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self) }
}

/// The system's `write`, named apart from `ReportOutput.write`.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
