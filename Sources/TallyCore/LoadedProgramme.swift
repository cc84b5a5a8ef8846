import TallyYAML

/// A programme with its records, loaded and checked, or the diagnostics explaining why not.
public struct LoadedProgramme: Sendable {
    public var programme: Programme?
    public var records: RecordSet
    public var files: [String]
    public var diagnostics: Diagnostics
    /// The template with errors this programme extends: it was not checked, and the template's
    /// errors are reported once, by the run's `TemplateCache`.
    public var blockedByTemplate: String?
    /// The programme's `records:` entries resolved beside it (patterns kept), also when the
    /// programme has errors, so a watcher knows which folders can gain records files.
    public var recordPatterns: [String] = []

    /// Loads the programme at `path` and every records file it names (plus `extraRecords`).
    /// With the run's `templates`, template errors are left to it (reported once per run);
    /// without, they are this programme's own diagnostics.
    public static func load(path: String, extraRecords: [String] = [], inMemory: [SourceFile] = [], templates: TemplateCache? = nil) -> LoadedProgramme {
        var loader = ProgrammeLoader(templates: templates)
        let loaded = loader.load(path: path)
        // A programme with errors is still used to check its records, so one run reports both.
        guard let programme = loaded ?? loader.partial else {
            var diagnostics = loader.diagnostics
            diagnostics.setLanguage(loader.declaredLanguage)
            return LoadedProgramme(programme: nil, records: RecordSet(), files: [], diagnostics: diagnostics, blockedByTemplate: loader.blockedByTemplate)
        }
        let patterns = programme.recordPatterns.map { Glob.resolve($0, besideFile: programme.path) }
        var recordLoader = RecordLoader()
        let records = recordLoader.load(programme, extra: extraRecords, inMemory: inMemory)
        var diagnostics = loader.diagnostics
        diagnostics.append(contentsOf: recordLoader.diagnostics)
        diagnostics.setLanguage(loader.declaredLanguage)
        return LoadedProgramme(programme: loaded, records: loaded == nil ? RecordSet() : records, files: recordLoader.files,
                               diagnostics: diagnostics, recordPatterns: patterns)
    }

    /// Whether the programme and all its records are valid.
    public var isValid: Bool { programme != nil && !diagnostics.hasErrors }
}
