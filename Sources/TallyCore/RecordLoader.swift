import Foundation
import TallyYAML

/// Finds a programme's records files, reads them (in parallel), and checks what spans files:
/// unique ids and answers that name an existing trigger.
public struct RecordLoader {
    public private(set) var diagnostics = Diagnostics()
    public private(set) var files: [String] = []

    public init() {}

    /// The files that `programme`'s `records:` patterns and `extra` paths name, with errors for
    /// patterns that cannot match (see `RecordPatternCheck`) and paths that are folders or missing.
    public mutating func resolveFiles(for programme: Programme, extra: [String] = [], inMemory: Set<String> = []) -> [String] {
        var result: [String] = []
        let programmeSource = SourceFile(path: programme.path, bytes: nil)
        for (position, pattern) in programme.recordPatterns.enumerated() {
            let path = Glob.resolve(pattern, besideFile: programme.path)
            let mark = position < programme.recordPatternMarks.count ? programme.recordPatternMarks[position] : nil
            if Glob.isPattern(path) {
                let matches = Glob.expand(path).filter(RecordPatternCheck.isRecordsFile)
                if matches.isEmpty {
                    let journal = programme.journal.map { Glob.resolve($0, besideFile: programme.path) }
                    let finding = RecordPatternCheck.diagnose(pattern: pattern, path: path, journal: journal.flatMap { Glob.matches($0, path) ? $0 : nil })
                    var found = Diagnostic(finding.code, finding.arguments, source: programmeSource, at: mark, width: pattern.count)
                    found.usesOtherFix = finding.otherFix
                    diagnostics.add(found)
                }
                result += matches
            } else if let problem = inMemory.contains(path) ? nil : Self.problem(with: XLSXRecordReader.split(path).file) {
                let shown = path == pattern ? "\"\(pattern)\"" : "\"\(pattern)\" (\(path))"
                diagnostics.add(Diagnostic(problem.code, ["file": "\(shown)", "path": "\(path)"], source: programmeSource, at: mark, width: pattern.count)
                    .suggesting(problem.near))
            } else {
                result.append(path)
            }
        }
        result += extra.map { Glob.normalize($0) }
        var seen = Set<String>()
        files = result.filter { seen.insert($0).inserted }
        return files
    }

    /// What is wrong with a records path named literally, if anything.
    /// (One `stat`, not Foundation's `fileExists`: a roll-up asks this of tens of thousands of files.
    /// The size is asked again just before reading, so that a file rewritten meanwhile is read whole.)
    static func problem(with path: String) -> (code: DiagnosticCode, near: [String])? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil { return (.brokenLink, []) }
            let folder = FilePath.parent(of: path)
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
            return (.fileNotFound, Suggestion.nearest(to: (path as NSString).lastPathComponent, in: siblings.filter(RecordPatternCheck.isRecordsFile)))
        }
        if info.st_mode & S_IFMT == S_IFDIR { return (.pathIsFolder, []) }
        if access(path, R_OK) != 0 { return (.unreadableFile, []) }
        return nil
    }

    /// Loads every file of `programme` into one record set; `inMemory` files are read from their
    /// bytes instead of disk (replacing a file of the same path, or added after the others).
    public mutating func load(_ programme: Programme, extra: [String] = [], inMemory: [SourceFile] = []) -> RecordSet {
        var paths = resolveFiles(for: programme, extra: extra, inMemory: Set(inMemory.map(\.path)))
        let replaced = Dictionary(inMemory.map { ($0.path, $0) }, uniquingKeysWith: { $1 })
        paths += inMemory.map(\.path).filter { !paths.contains($0) }
        files = paths
        let rules = RecordRules(programme: programme)
        // With fewer files than cores, large YAML files are read on several cores each, unless
        // this programme is one of many loaded at once (a roll-up), which keeps the cores busy.
        let splits = paths.count < Cores.count && !ParallelMap.isNested
        var builders = ParallelMap.map(paths) { path in
            if let source = replaced[path] { return RecordLoader.read(source, rules: rules) }
            return RecordLoader.read(path, rules: rules, split: splits)
        }
        var records = RecordSet()
        if builders.count > 1 { records.reserve(joining: builders.map(\.records)) }
        // Where each id was first given: the file's builder and the id's place in its list (not a
        // copy of the id's file and mark, which for a million records is megabytes more at the peak).
        var ids: [String: (builder: Int32, entry: Int32)] = [:]
        ids.reserveCapacity(builders.reduce(0) { $0 + $1.ids.count })
        for position in builders.indices {
            // Each file's records move into the programme's set, emptying the file's as they go,
            // so that the records of all files are not held twice.
            diagnostics.append(contentsOf: builders[position].diagnostics)
            if !records.absorb(&builders[position].records) {
                // Refused whole: either the files together name too many fields, or they hold too much.
                let fields = Set(records.fieldNames + builders[position].records.fieldNames).count > RecordSet.maxFields
                diagnostics.add(Diagnostic(fields ? .tooManyFields : .tooManyRecords, ["limit": "\(fields ? RecordSet.maxFields : RecordSet.maxRecords)"],
                                           source: builders[position].source))
            }
            for (entry, mention) in builders[position].ids.enumerated() {
                let id = mention.id, mark = mention.mark
                if let first = ids[id] {
                    let firstBuilder = builders[Int(first.builder)]
                    diagnostics.add(Diagnostic(.duplicateID, ["id": "\(id)"], source: builders[position].source, at: mark, width: id.count)
                        .noting(firstBuilder.source, at: firstBuilder.ids[Int(first.entry)].mark, width: id.count))
                } else {
                    ids[id] = (Int32(position), Int32(entry))
                }
            }
        }
        var suggestions: IdSuggestions?
        for builder in builders {
            for reference in builder.references where ids[reference.id] == nil {
                // Built on the first dangling reference that is shown; past the cap errors are only counted.
                if suggestions == nil && !diagnostics.isFull { suggestions = IdSuggestions(ids.keys) }
                diagnostics.add(Diagnostic(.danglingRespondsTo, ["id": "\(reference.id)"], source: builder.source, at: reference.mark, width: reference.id.count)
                    .suggesting(suggestions?.nearest(reference.id) ?? []))
            }
        }
        return records
    }

    /// Reads a records file held in memory.
    static func read(_ source: SourceFile, rules: RecordRules) -> RecordBuilder {
        if source.path.lowercased().hasSuffix(".csv") {
            var reader = CSVRecordReader(source: source, rules: rules)
            return reader.read()
        }
        let size = source.bytes?.count ?? 0
        if let (_, builder) = YAMLRecordReader.reading(plain: FlatRecordEvents(source: source), rules: rules, expectedBytes: size) {
            return builder
        }
        guard size >= pipeMinimumBytes else {
            var reader = YAMLRecordReader(events: YAMLEventReader(source: source), rules: rules, expectedBytes: size)
            return reader.read()
        }
        var reader = YAMLRecordReader(reader: YAMLEventReader(source: source), rules: rules, expectedBytes: size)
        return reader.read()
    }

    /// Records files smaller than this are parsed and built on one thread.
    static let pipeMinimumBytes = 1 << 20

    /// The records of one file. `split` is true when this file may have more than one core to
    /// itself (fewer files than cores): a large YAML file is then parsed in two parts at once, or
    /// else parsed on a second thread while this one builds records. With `split` false every
    /// file is read on its own thread alone.
    static func read(_ path: String, rules: RecordRules, split: Bool = false) -> RecordBuilder {
        if XLSXRecordReader.isWorkbook(path) { return XLSXRecordReader(path: path, rules: rules).read() }
        let isCSV = path.lowercased().hasSuffix(".csv")
        do {
            if isCSV {
                var reader = CSVRecordReader(source: try SourceFile.read(path: path), rules: rules)
                return reader.read()
            }
            if split, let builder = SplitRecordReader.read(path, rules: rules, size: FileSize.of(path) ?? 0) { return builder }
            // A file written the plain way (one field a line) is read without libyaml; see FlatRecordEvents.
            // Its size is the opened file's (no `stat` of the path before: a roll-up reads thousands).
            let plain = FlatRecordEvents(path: path, range: nil)
            let size = plain?.size ?? FileSize.of(path) ?? 0
            if let (_, builder) = YAMLRecordReader.reading(plain: plain, rules: rules, expectedBytes: size) {
                return builder
            }
            // A small file is read whole, in one system call, and parsed on this thread: a second
            // thread costs more than it saves, and a roll-up reads tens of thousands of them.
            // (When it cannot be read whole, the streaming reader below says why, as for any file.)
            if size < pipeMinimumBytes, let source = try? SourceFile.read(path: path) {
                var reader = YAMLRecordReader(events: YAMLEventReader(source: source), rules: rules, expectedBytes: size)
                return reader.read()
            }
            let events = try YAMLEventReader(streamingPath: path)
            // So is every file when there are as many as cores (`split` false): each core already
            // has a file, and handing events between threads would only add work.
            guard split else {
                var reader = YAMLRecordReader(events: events, rules: rules, expectedBytes: size)
                return reader.read()
            }
            var reader = YAMLRecordReader(reader: events, rules: rules, expectedBytes: size)
            return reader.read()
        } catch {
            var builder = RecordBuilder(rules: rules, source: SourceFile(path: path, bytes: []))
            builder.diagnostics.add(FileProblem.diagnostic(for: error, isProgramme: false))
            return builder
        }
    }
}
