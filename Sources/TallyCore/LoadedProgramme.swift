import TallyYAML

/// A programme with its records, loaded and checked, or the diagnostics explaining why not.
public struct LoadedProgramme: Sendable {
    public var programme: Programme?
    public var records: RecordSet
    public var files: [String]
    public var diagnostics: Diagnostics

    /// Loads the programme at `path` and every records file it names (plus `extraRecords`).
    public static func load(path: String, extraRecords: [String] = [], inMemory: [SourceFile] = []) -> LoadedProgramme {
        var loader = ProgrammeLoader()
        guard let programme = loader.load(path: path) else {
            return LoadedProgramme(programme: nil, records: RecordSet(), files: [], diagnostics: loader.diagnostics)
        }
        var recordLoader = RecordLoader()
        let records = recordLoader.load(programme, extra: extraRecords, inMemory: inMemory)
        var diagnostics = loader.diagnostics
        diagnostics.append(contentsOf: recordLoader.diagnostics)
        return LoadedProgramme(programme: programme, records: records, files: recordLoader.files, diagnostics: diagnostics)
    }

    /// Whether the programme and all its records are valid.
    public var isValid: Bool { programme != nil && !diagnostics.hasErrors }
}
