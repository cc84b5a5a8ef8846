import Foundation

/// The lines of a byte range of a file, or of bytes in memory, one at a time, through one buffer
/// that is refilled as lines are taken: a file of any size is read in a few megabytes. A line
/// stays valid until the next call to `nextLine()`.
final class LineInput {
    private let descriptor: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// What the buffer holds: bytes `start..<end` are not yet taken.
    private var start = 0
    private var end = 0
    /// Where the next read from the file starts, and how many bytes of the range are left to read.
    private var fileOffset: Int
    private var remaining: Int
    /// The longest line taken: a longer one ends the input (`nextLine()` answers `.tooLong`).
    let maxLineBytes: Int

    enum Line {
        /// A line without its LF; `terminated` is false for a last line with no LF.
        case line(UnsafePointer<UInt8>, count: Int, terminated: Bool)
        case end
        /// A line longer than `maxLineBytes`, or a read that failed.
        case unreadable
    }

    /// How many bytes of the file the input reads.
    let size: Int

    /// The bytes `range` of the file at `path` (nil: the whole file, as large as the opened file
    /// says it is), or nil when it cannot be opened.
    init?(path: String, range: Range<Int>?, maxLineBytes: Int = 1 << 16) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard let range = range ?? (fstat(descriptor, &info) == 0 ? 0..<Int(info.st_size) : nil) else {
            close(descriptor)
            return nil
        }
        size = range.count
        fileOffset = range.lowerBound
        remaining = range.count
        self.maxLineBytes = maxLineBytes
        // The whole range when it is small (a roll-up reads tens of thousands of small files, each
        // in one read), else a few megabytes at a time.
        capacity = min(max(range.count, 1), 4 << 20) + maxLineBytes + 1
        buffer = .allocate(capacity: capacity)
    }

    /// The bytes held in memory.
    init(bytes: [UInt8], maxLineBytes: Int = 1 << 16) {
        descriptor = -1
        size = bytes.count
        fileOffset = 0
        remaining = 0
        self.maxLineBytes = maxLineBytes
        capacity = max(bytes.count, 1)
        buffer = .allocate(capacity: capacity)
        bytes.withUnsafeBufferPointer { _ = UnsafeMutableBufferPointer(start: buffer, count: capacity).initialize(fromContentsOf: $0) }
        end = bytes.count
    }

    deinit {
        buffer.deallocate()
        if descriptor >= 0 { close(descriptor) }
    }

    /// The next line.
    func nextLine() -> Line {
        while true {
            let available = end - start
            if available > 0, let newline = memchr(buffer + start, 0x0A, available) {
                let count = buffer.distance(to: newline.assumingMemoryBound(to: UInt8.self)) - start
                guard count <= maxLineBytes else { return .unreadable }
                defer { start += count + 1 }
                return .line(UnsafePointer(buffer + start), count: count, terminated: true)
            }
            if available > maxLineBytes { return .unreadable }
            if remaining == 0 {
                guard available > 0 else { return .end }
                defer { start = end }
                return .line(UnsafePointer(buffer + start), count: available, terminated: false)
            }
            guard refill() else { return .unreadable }
        }
    }

    /// Moves what is left to the front of the buffer and reads more of the range after it.
    private func refill() -> Bool {
        let available = end - start
        if start > 0 {
            if available > 0 { memmove(buffer, buffer + start, available) }
            start = 0
            end = available
        }
        let wanted = min(remaining, capacity - end)
        guard wanted > 0 else { return false }
        let count = pread(descriptor, buffer + end, wanted, off_t(fileOffset))
        guard count > 0 else { return false }
        end += count
        fileOffset += count
        remaining -= count
        return true
    }
}
