import Foundation

/// Bytes written once and read back in order, kept in an unnamed temporary file (created and
/// unlinked at once, so that nothing is left behind, even after `kill -9`): what a roll-up of a
/// national year holds on disk instead of in memory. Appends are buffered; the file is made only
/// when the bytes outgrow the buffer. A spool that cannot make or write its file keeps its bytes
/// in memory instead, so that nothing is lost.
final class SpoolFile: @unchecked Sendable {
    private var descriptor: Int32 = -1
    /// Whether the file could not be made or written: the bytes stay in memory.
    private var inMemory = false
    /// Every byte when there is no file; the bytes not yet written to the file otherwise.
    private var pending: [UInt8] = []
    /// How many bytes are in the file.
    private var written = 0
    static let bufferSize = 1 << 16

    /// How many bytes were appended.
    var size: Int { written + pending.count }

    init() {}

    /// Makes the unnamed file (or settles for memory when it cannot be made).
    private func makeFile() {
        var template = Array((NSTemporaryDirectory() + "/tally-spool-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard made >= 0 else { return inMemory = true }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = made
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Appends a record: `payload`'s length (a variable-length integer), then its bytes.
    func appendRecord(_ payload: ArraySlice<UInt8>) {
        ByteWriter.append(payload.count, to: &pending)
        pending += payload
        if pending.count >= Self.bufferSize { flush() }
    }

    /// Writes what is buffered to the file once there is one or the buffer is full. On a write
    /// error (a full disk) the file's bytes are read back and the spool goes on in memory.
    func flush() {
        if descriptor < 0 && !inMemory && pending.count >= Self.bufferSize { makeFile() }
        guard descriptor >= 0, !pending.isEmpty else { return }
        var done = 0
        while done < pending.count {
            let count = pending.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + done, $0.count - done, off_t(written + done)) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return moveToMemory() }
            done += count
        }
        written += done
        pending.removeAll(keepingCapacity: true)
    }

    private func moveToMemory() {
        var bytes = [UInt8](repeating: 0, count: written)
        let count = readFile(at: 0, into: &bytes, count: written)
        close(descriptor)
        descriptor = -1
        inMemory = true
        guard count == written else { fatalError("a temporary file of the roll-up could not be read back") }
        pending = bytes + pending
        written = 0
    }

    /// Reads up to `count` bytes at `offset` into the start of `buffer`; returns how many. Bytes
    /// still buffered are read too.
    func read(at offset: Int, into buffer: inout [UInt8], count: Int) -> Int {
        let count = min(count, size - offset)
        guard count > 0 else { return 0 }
        if offset >= written {
            buffer.withUnsafeMutableBytes { target in
                pending.withUnsafeBytes { target.baseAddress!.copyMemory(from: $0.baseAddress! + (offset - written), byteCount: count) }
            }
            return count
        }
        flush()
        // A write that failed just now moved every byte to memory.
        return offset >= written ? read(at: offset, into: &buffer, count: count) : readFile(at: offset, into: &buffer, count: count)
    }

    private func readFile(at offset: Int, into buffer: inout [UInt8], count: Int) -> Int {
        var done = 0
        while done < count {
            let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if read < 0 && errno == EINTR { continue }
            if read <= 0 { break }
            done += read
        }
        return done
    }
}

/// Reads the records of a spool one after another from a byte offset, a buffer at a time. A
/// record is its length (a variable-length integer) and its bytes.
struct SpoolCursor {
    let spool: SpoolFile
    /// Where the next record starts, and where the records read end.
    private(set) var offset: Int
    let end: Int
    private var buffer: [UInt8] = []
    /// Where the buffer starts in the spool, and how many of its bytes are valid.
    private var bufferStart = 0
    private var bufferCount = 0

    /// How many bytes are read at a time (more for a record longer than that).
    let bufferSize: Int

    init(_ spool: SpoolFile, from offset: Int, to end: Int, bufferSize: Int = SpoolFile.bufferSize) {
        self.spool = spool
        self.offset = offset
        self.end = end
        self.bufferSize = bufferSize
    }

    /// The bytes of the record `next()` gave last, without its length; valid until the next call.
    var lastPayload: ArraySlice<UInt8> { buffer[payload] }
    private var payload = 0..<0

    /// The next record's bytes, or nil at the end.
    mutating func next() -> ByteReader? {
        guard offset < end else { return nil }
        ensure(10)
        var header = ByteReader(buffer, from: offset - bufferStart, to: bufferCount)
        let length = header.int()
        let start = bufferStart + header.position
        offset = start
        ensure(length)
        payload = (offset - bufferStart)..<(offset - bufferStart + length)
        let reader = ByteReader(buffer, from: payload.lowerBound, to: payload.upperBound)
        offset += length
        return reader
    }

    /// Makes sure the buffer holds `count` bytes from `offset` (or up to the end).
    private mutating func ensure(_ count: Int) {
        let wanted = min(count, end - offset)
        if offset >= bufferStart && offset + wanted <= bufferStart + bufferCount { return }
        let size = max(bufferSize, wanted)
        if buffer.count < size { buffer = [UInt8](repeating: 0, count: size) }
        bufferStart = offset
        bufferCount = spool.read(at: offset, into: &buffer, count: min(size, end - offset))
        // The file was written by this process and is still open: a short read is a failing disk,
        // not something a report may go on from with stale bytes.
        guard bufferCount >= wanted else { fatalError("a temporary file of the roll-up could not be read back") }
    }
}
