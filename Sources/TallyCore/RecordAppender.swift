import Foundation
import TallyYAML

/// Appends one record to a programme's records file safely: validated exactly as loading
/// validates, checked by re-parsing, written atomically under an exclusive lock.
public struct RecordAppender {
    /// Why a record was not appended.
    public enum Failure: Error, Sendable {
        /// The new record (or the files as they stand) has errors; nothing was written.
        case invalid(Diagnostics, existing: Bool)
        /// Something else went wrong; nothing was written.
        case problem(Diagnostic)
    }

    /// Where the record went.
    public struct Appended: Sendable {
        public var file: String
        public var line: Int
        /// Warnings about the new record (a value that looks like an amount with separators...).
        public var warnings = Diagnostics()
        /// The records file as it was just before the append (under the same lock).
        public var previous: [UInt8] = []
        /// The programme and its records with the new record, as validated.
        public var loaded: LoadedProgramme?
    }

    public static let newRecordName = "(new record)"

    public let programmePath: String

    public init(programmePath: String) { self.programmePath = programmePath }

    /// Validates `fields` as a record and appends it to the file `Journal.choose` picks (the
    /// programme's `journal:` unless `into` says otherwise), starting it when it does not exist yet.
    /// `beforeWrite` runs under the lock once the record is known to be valid, just before the file
    /// is replaced (the web stores evidence files there); a failure there writes nothing.
    /// Refusals are worded in the programme's `language:`, like its other diagnostics.
    public func append(_ fields: [(key: String, value: YAMLEmitter.Value)], into: String?,
                       beforeWrite: ((_ journal: String) throws(Failure) -> Void)? = nil) throws(Failure) -> Appended {
        var programmeLoader = ProgrammeLoader()
        guard let programme = programmeLoader.load(path: programmePath) else {
            var diagnostics = programmeLoader.diagnostics
            diagnostics.setLanguage(programmeLoader.declaredLanguage)
            throw .invalid(diagnostics, existing: true)
        }
        do {
            return try append(fields, into: into, beforeWrite: beforeWrite, programme: programme)
        } catch {
            guard case .problem(var diagnostic) = error else { throw error }
            if diagnostic.language == nil { diagnostic.language = programmeLoader.declaredLanguage }
            throw .problem(diagnostic)
        }
    }

    private func append(_ fields: [(key: String, value: YAMLEmitter.Value)], into: String?,
                        beforeWrite: ((_ journal: String) throws(Failure) -> Void)?, programme: Programme) throws(Failure) -> Appended {
        let chosen = try Journal.choose(for: programme, declared: programme.journal, into: into)
        let journal = chosen.path
        if chosen.createsFolder {
            do { try FileManager.default.createDirectory(atPath: FilePath.parent(of: journal), withIntermediateDirectories: true) } catch {
                throw .problem(Self.notWritten(journal, SystemReason.words(error)))
            }
        }
        guard let text = YAMLEmitter.recordItem(fields) else { throw .problem(Self.notWritten(journal, "libyaml")) }
        let recordBytes = Array(text.utf8)
        let lock: FileLock
        do { lock = try FileLock(for: journal) } catch { throw .problem(Self.notWritten(journal, error.reason)) }
        defer { lock.unlock() }
        let current = FileManager.default.fileExists(atPath: journal) ? ((try? SourceFile.readBytes(journal)) ?? []) : []
        let held = SourceFile(path: journal, bytes: current)
        let newRecord = SourceFile(path: Self.newRecordName, bytes: recordBytes)
        let loaded = LoadedProgramme.load(path: programmePath, inMemory: [held, newRecord])
        if loaded.diagnostics.hasErrors {
            let existing = loaded.diagnostics.items.contains { $0.severity == .error && $0.source?.path != Self.newRecordName }
            throw .invalid(loaded.diagnostics, existing: existing)
        }
        let (combined, line) = try combine(current, recordBytes)
        try confirm(old: current, combined: combined, record: recordBytes, programme: programme, journal: journal)
        try beforeWrite?(journal)
        do { try AtomicFile.replace(journal, with: combined) } catch { throw .problem(Self.notWritten(journal, error.reason)) }
        var warnings = Diagnostics()
        for item in loaded.diagnostics.items where item.source?.path == Self.newRecordName { warnings.add(item) }
        return Appended(file: journal, line: line, warnings: warnings, previous: current, loaded: loaded)
    }

    /// `record-write-failed` for `file`, with the system's reason.
    public static func notWritten(_ file: String, _ reason: LocalizedText) -> Diagnostic {
        Diagnostic(.recordWriteFailed, ["file": LocalizedText(file), "detail": reason])
    }

    /// The old content with the record appended, and the line the record starts on.
    func combine(_ current: [UInt8], _ record: [UInt8]) throws(Failure) -> ([UInt8], Int) {
        let text = String(decoding: current, as: UTF8.self)
        let meaningful = text.split(separator: "\n").map { $0.trimmedOfWhitespace }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        if meaningful == ["[]"] {
            return (record, 1)
        }
        if let first = meaningful.first, first.hasPrefix("[") {
            throw .problem(Diagnostic(.flowListRecords))
        }
        var combined = current
        if let last = combined.last, last != UInt8(ascii: "\n") { combined.append(UInt8(ascii: "\n")) }
        let line = combined.filter { $0 == UInt8(ascii: "\n") }.count + 1
        combined += record
        return (combined, line)
    }

    /// Re-parses the combined content: it must hold exactly the old records plus the new one.
    func confirm(old: [UInt8], combined: [UInt8], record: [UInt8], programme: Programme, journal: String) throws(Failure) {
        let rules = RecordRules(programme: programme)
        let before = RecordLoader.read(SourceFile(path: journal, bytes: old), rules: rules)
        let after = RecordLoader.read(SourceFile(path: journal, bytes: combined), rules: rules)
        let alone = RecordLoader.read(SourceFile(path: journal, bytes: record), rules: rules)
        let expected = before.records.count + 1
        guard !after.diagnostics.hasErrors, after.records.count == expected, alone.records.count == 1,
              (0..<before.records.count).allSatisfy({ Self.same(before.records, $0, after.records, $0) }),
              Self.same(alone.records, 0, after.records, expected - 1) else {
            throw .problem(Diagnostic(.appendNotConfirmed, ["file": "\(journal)"]))
        }
    }

    static func same(_ a: RecordSet, _ i: Int, _ b: RecordSet, _ j: Int) -> Bool {
        let x = a.records[i], y = b.records[j]
        guard x.day == y.day, a.kinds[x.kind.index] == b.kinds[y.kind.index] else { return false }
        let left = a.fields(of: i), right = b.fields(of: j)
        return left.count == right.count && zip(left, right).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }
}
