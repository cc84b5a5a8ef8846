import Foundation
import ZIPFoundation

/// One part of a workbook as a stream that Foundation's XML parser pulls from while ZIPFoundation
/// unpacks it on a second thread, a few chunks ahead: a sheet is never held whole in memory (a
/// sheet of 300,000 rows is 57 MB of XML). ZIPFoundation only pushes chunks to a closure and the
/// parser only pulls from a stream, hence the thread between them.
///
/// Unpacking past `limit` bytes, whatever size the archive claims, or a part that does not unpack
/// (a bad checksum, broken compressed data) ends the stream early with `failure` set; read it
/// after the parse, which always closes the stream.
final class XLSXPartStream: InputStream {
    enum Failure: Error { case tooLarge, damaged }

    private let unpacking: Unpacking
    // The parser's side only:
    private var current = Data()
    private var offset = 0

    init(archive: Archive, entry: Entry, limit: Int) {
        unpacking = Unpacking(archive: archive, entry: entry, limit: limit)
        super.init(data: Data())
    }

    /// Why the part ended early, if it did; known once the stream is closed.
    var failure: Failure? { unpacking.failure }

    override func open() { unpacking.start() }

    /// The next bytes of the part: 0 at its end, -1 when it ended early (see `failure`).
    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if offset == current.count {
            guard let next = unpacking.next() else { return unpacking.failure == nil ? 0 : -1 }
            current = next
            offset = 0
        }
        let count = min(maxLength, current.count - offset)
        current.withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }

    override var hasBytesAvailable: Bool { true }

    /// Asked by the parser after a read of -1 (the base class's would crash: it has no stream of its own).
    override var streamError: Error? {
        unpacking.failure.map { NSError(domain: "XLSXPartStream", code: $0 == .tooLarge ? 1 : 2) }
    }

    /// Stops the unpacking if the parser stopped first, and waits for its thread to end.
    override func close() { unpacking.stop() }
}

/// The unpacking thread and the few chunks it holds for the parser, shared under a condition.
private final class Unpacking: @unchecked Sendable {
    /// Thrown into ZIPFoundation's loop to stop it when the parser has closed the stream.
    private struct Stopped: Error {}
    /// Chunks unpacked ahead of the parser, at most (ZIPFoundation's are 16 KB).
    private static let ahead = 8

    private let archive: Archive
    private let entry: Entry
    private let limit: Int
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var chunks: [Data] = []
    private var started = false, finished = false, stopped = false
    private var failed: XLSXPartStream.Failure?

    init(archive: Archive, entry: Entry, limit: Int) {
        self.archive = archive
        self.entry = entry
        self.limit = limit
    }

    var failure: XLSXPartStream.Failure? {
        condition.lock()
        defer { condition.unlock() }
        return failed
    }

    func start() {
        condition.lock()
        defer { condition.unlock() }
        guard !started else { return }
        started = true
        Thread { [self] in unpack() }.start()
    }

    private func unpack() {
        var size = 0
        var failure: XLSXPartStream.Failure?
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                size += chunk.count
                if size > limit { throw XLSXPartStream.Failure.tooLarge }
                try put(chunk)
            }
        } catch let problem as XLSXPartStream.Failure {
            failure = problem
        } catch is Stopped {
            failure = nil
        } catch {
            failure = .damaged
        }
        condition.lock()
        failed = failure
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private func put(_ chunk: Data) throws {
        guard !chunk.isEmpty else { return }  // a read of 0 bytes would end the parse
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= Self.ahead && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        chunks.append(chunk)
        condition.broadcast()
    }

    /// The next chunk, waiting for it; nil once the part has ended.
    func next() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        condition.broadcast()
        return chunks.removeFirst()
    }

    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while started && !finished { condition.wait() }
    }
}
