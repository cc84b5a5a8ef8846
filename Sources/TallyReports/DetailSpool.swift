import Foundation
import TallyCore

/// Programmes' details written ahead, while a roll-up is evaluated, into an unnamed temporary file:
/// each programme is rendered once, as soon as it is evaluated, and released; the report then copies
/// the details out in order after the roll-up tables. Memory holds only where each one lies.
public final class DetailSpool: @unchecked Sendable {
    private struct Entry {
        var offset: Int
        var count: Int
        var context: DetailsContext
        /// The position the details were rendered for (HTML anchors and JSON separators depend on it).
        var position: Int
    }

    private let lock = NSLock()
    private let file: FileHandle
    private var size = 0
    private var entries: [Int: Entry] = [:]
    /// For each position in the report, the programme's place among those given (they differ after a
    /// programme that could not be evaluated); nil while they are the same.
    private var places: [Int]?

    /// A spool in the system's temporary folder; nil when none can be made (the report then
    /// evaluates the programmes again as it is written).
    public init?() {
        let path = NSTemporaryDirectory() + "/tally-details-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let file = FileHandle(forUpdatingAtPath: path) else { return nil }
        unlink(path)
        self.file = file
    }

    deinit { try? file.close() }

    /// Keeps the details of the programme given at `place`, rendered for `context` at `position`.
    public func keep(_ details: String, place: Int, position: Int, context: DetailsContext) {
        let bytes = Data(details.utf8)
        lock.lock()
        defer { lock.unlock() }
        guard (try? file.seek(toOffset: UInt64(size))) != nil, (try? file.write(contentsOf: bytes)) != nil else { return }
        entries[place] = Entry(offset: size, count: bytes.count, context: context, position: position)
        size += bytes.count
    }

    /// Says where each position of the report was given (see `places`).
    public func place(_ places: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        self.places = places
    }

    /// The details kept for `position` when they were rendered for it and for `context`.
    func details(at position: Int, context: DetailsContext) -> String? {
        lock.lock()
        defer { lock.unlock() }
        let place = places.map { position < $0.count ? $0[position] : -1 } ?? position
        guard let entry = entries[place], entry.context == context, entry.position == position,
              (try? file.seek(toOffset: UInt64(entry.offset))) != nil,
              let bytes = try? file.read(upToCount: entry.count), bytes.count == entry.count else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
