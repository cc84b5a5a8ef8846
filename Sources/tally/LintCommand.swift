import ArgumentParser
import Foundation
import TallyCore

/// `tally lint`: validate programmes and their records without evaluating.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate programmes and their records files."
    )

    @Argument(help: "Programme files or folders of programmes.")
    var programmes: [String]

    @Option(name: .customLong("records"), help: "An extra records file to read (repeatable).")
    var extraRecords: [String] = []

    func run() throws {
        let paths = ProgrammePaths.expand(programmes)
        if paths.isEmpty { throw ValidationError("no programme .yaml files found in \(programmes.joined(separator: ", "))") }
        var failed = false
        for path in paths {
            let loaded = LoadedProgramme.load(path: path, extraRecords: extraRecords)
            DiagnosticPrinter().print(loaded.diagnostics)
            if loaded.isValid, let programme = loaded.programme {
                print("ok: \(path): " + Plural.count(programme.targets.count, "target") + ", " + Plural.count(loaded.records.count, "record")
                      + " in " + Plural.count(loaded.files.count, "file"))
            } else {
                failed = true
                let count = loaded.diagnostics.errorCount
                FileHandle.standardError.write(Data("\(path): \(count) error\(count == 1 ? "" : "s")\n".utf8))
            }
        }
        if failed { throw TallyExit.invalid }
    }
}
