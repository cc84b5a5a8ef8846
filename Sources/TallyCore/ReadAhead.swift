import Foundation

/// Programme files the finder read whole while telling programmes apart, kept for the loader,
/// which then asks the system only whether each is still the same file (one `stat`, not an open,
/// a `stat`, a read and a close): a roll-up opens every file below its folder to find them.
/// A file is given out only when its size, time of change, inode and device are still those seen
/// when it was read; at most `limit` bytes are held, files of up to `largest` bytes each.
final class ReadAhead: @unchecked Sendable {
    static let shared = ReadAhead()
    static let limit = 32 << 20
    static let largest = 64 << 10

    /// What identifies a file's content as of a read: change it and any of these changes.
    struct Seen: Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
        var device: UInt64

        init(_ info: stat) {
            size = Int(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
            device = UInt64(info.st_dev)
        }
    }

    private let lock = NSLock()
    private var files: [String: (bytes: [UInt8], seen: Seen)] = [:]
    private var held = 0

    /// Keeps `bytes`, read from `path` when it was as `seen`, if there is room.
    func keep(_ bytes: [UInt8], of path: String, seen: Seen) {
        guard bytes.count <= Self.largest else { return }
        lock.withLock {
            guard held + bytes.count <= Self.limit, files[path] == nil else { return }
            files[path] = (bytes, seen)
            held += bytes.count
        }
    }

    /// The bytes kept for `path` (given out once), when the file is still as it was read.
    func take(_ path: String) -> [UInt8]? {
        guard let kept = lock.withLock({ () -> (bytes: [UInt8], seen: Seen)? in
            guard let kept = files.removeValue(forKey: path) else { return nil }
            held -= kept.bytes.count
            return kept
        }) else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Seen(info) == kept.seen else { return nil }
        return kept.bytes
    }

    /// A regular file's first `head` bytes, then, when it has at most `largest` and `wantsRest`
    /// says so of the head, all of it, with what it was as it was read; nil when it is not a
    /// regular file that can be read, or it grew meanwhile (the caller reads it another way).
    /// `whole` is nil when only the head was read: one open either way.
    static func read(_ path: String, head: Int = 4096, wantsRest: ([UInt8]) -> Bool = { _ in true }) -> (head: [UInt8], whole: [UInt8]?, seen: Seen)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        // One byte more than the size, so that a read that fills it shows the file grew meanwhile.
        var bytes = [UInt8](repeating: 0, count: min(head, size + 1))
        guard let first = fill(&bytes, from: descriptor, upTo: bytes.count), first <= size else { return nil }
        bytes.removeLast(bytes.count - first)
        guard size <= largest, wantsRest(bytes) else { return (bytes, nil, Seen(info)) }
        let start = bytes
        bytes.append(contentsOf: repeatElement(0, count: size + 1 - first))
        guard let count = fill(&bytes, from: descriptor, at: first, upTo: size + 1), count == size else { return nil }
        bytes.removeLast()
        return (start, bytes, Seen(info))
    }

    /// Reads into `bytes[from..<end]` until it is full or the file ends: how far it got, or nil on an error.
    private static func fill(_ bytes: inout [UInt8], from descriptor: Int32, at start: Int = 0, upTo end: Int) -> Int? {
        var count = start
        while count < end {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, end - count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            count += got
        }
        return count
    }
}
