import Foundation

/// Crash-safe file replacement and an exclusive lock, the way trusted tools do it:
/// write a temporary file in the same folder, fsync it, rename it over the target, fsync the folder.
public enum AtomicFile {
    public struct Failure: Error, Sendable {
        /// What failed and why, for a log: `cannot create /a/.b.tmp-1-2: Permission denied`.
        public var message: String
        /// Why, without the temporary file's name (`permission denied`), for a diagnostic that
        /// names the file itself.
        public var reason: LocalizedText

        public init(message: String, reason: LocalizedText? = nil) {
            self.message = message
            self.reason = reason ?? LocalizedText(message)
        }

        /// `action: reason`, the reason from `errno`.
        init(_ action: String, errno number: Int32 = errno) {
            self.init(message: "\(action): \(String(cString: strerror(number)))", reason: SystemReason.words(errno: number))
        }
    }

    /// The file a path finally names, following symlinks (so writing keeps the link).
    public static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Replaces the content of `path` (or creates it) atomically, keeping its permissions.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let writer = try Writer(replacing: path)
        var failure: Failure?
        bytes.withUnsafeBytes { buffer in
            do throws(Failure) { try writer.write(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
        try writer.commit()
    }

    /// Writes a file's new content piece by piece into a temporary file beside it, which
    /// `commit` renames over the file: readers see the old content or the whole new one, and a
    /// report of hundreds of megabytes never has to be held in memory.
    public final class Writer {
        let target: String
        let folder: String
        let temporary: String
        let mode: mode_t
        /// Whether the target is a device or a pipe (`-o /dev/null`, `-o /dev/stdout`), written
        /// straight to: renaming a file over it would put a regular file in its place.
        let direct: Bool
        private var fd: Int32

        public init(replacing path: String) throws(Failure) {
            target = AtomicFile.realPath(path)
            let parent = FilePath.parent(of: target)
            folder = parent.isEmpty ? "." : parent
            let name = (target as NSString).lastPathComponent
            var info = stat()
            let exists = stat(target, &info) == 0
            mode = exists ? info.st_mode & 0o7777 : 0o644
            let kind = info.st_mode & S_IFMT
            direct = exists && (kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK)
            if direct {
                temporary = target
                fd = open(target, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw Failure("cannot write \(target)") }
                return
            }
            temporary = "\(folder)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            guard fd >= 0 else { throw Failure("cannot create \(temporary)") }
        }

        deinit { abandon() }

        /// Appends bytes to the temporary file.
        public func write(_ buffer: UnsafeRawBufferPointer) throws(Failure) {
            var written = 0
            while written < buffer.count {
                let count = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw Failure("cannot write \(temporary)")
                }
                written += count
            }
        }

        /// Makes the written content the file's, durably.
        public func commit() throws(Failure) {
            if direct {
                close(fd)
                fd = -1
                return
            }
            guard fchmod(fd, mode) == 0, fsync(fd) == 0 else {
                throw Failure("cannot write \(temporary)")
            }
            close(fd)
            fd = -1
            guard rename(temporary, target) == 0 else {
                let number = errno
                unlink(temporary)
                throw Failure("cannot replace \(target)", errno: number)
            }
            let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if directory >= 0 {
                fsync(directory)
                close(directory)
            }
        }

        /// Removes the temporary file, leaving the old content in place.
        public func abandon() {
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
            if !direct { unlink(temporary) }
        }
    }
}

/// The system's `write`, named apart from `Writer.write`.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }

/// An exclusive `flock` on a lock file beside a journal, held until `unlock()` (or deinit).
///
/// The lock is on a separate file because the journal's inode changes on every rename.
public final class FileLock {
    private var fd: Int32

    /// Blocks until the lock for `path` is held.
    public init(for path: String) throws(AtomicFile.Failure) {
        let target = AtomicFile.realPath(path)
        let folder = FilePath.parent(of: target)
        let lockPath = (folder.isEmpty ? "" : folder + "/") + "." + (target as NSString).lastPathComponent + ".lock"
        fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.Failure("cannot open the lock file \(lockPath)") }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let number = errno
            close(fd)
            fd = -1
            throw AtomicFile.Failure("cannot lock \(lockPath)", errno: number)
        }
    }

    public func unlock() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { unlock() }
}
