import ArgumentParser
import Foundation
import TallyCore
import TallyReports

/// `tally init`: write a commented starter programme, with its records folder and the JSON
/// Schema its first line names, so the folder passes `tally lint` at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter programme (Vietnamese or English), its records folder and its JSON Schema."
    )

    @Argument(help: "The programme file to create (default: print to standard output).")
    var file: String?

    @Option(name: .customLong("lang"), help: "vi or en (default vi).")
    var language: Language = .vi

    @Option(help: "The programme's year (default: this year).")
    var year: Int?

    func run() throws {
        let year = year ?? Today.day().components.year
        guard let file else {
            print(StarterProgramme.text(language: language, year: year), terminator: "")
            return
        }
        if FileManager.default.fileExists(atPath: file) {
            throw Refusal.argument(.fileExists, ["file": "\(file)"], language: language)
        }
        let folder = FilePath.parent(of: file)
        func beside(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }
        let recordsFolder = Self.unsharedRecordsFolder(beside: folder, programme: file, year: year)
        let text = StarterProgramme.text(language: language, year: year, recordsFolder: recordsFolder)
        let records = beside(recordsFolder)
        do {
            try FileManager.default.createDirectory(atPath: records, withIntermediateDirectories: true)
        } catch {
            throw Output.notWritten(records, SystemReason.words(error), language: language)
        }
        var written = [file]
        try Output.write(text, to: file, language: language)
        let readme = records + "/README.md"
        if !FileManager.default.fileExists(atPath: readme) {
            try Output.write(StarterProgramme.recordsReadme(language: language, year: year), to: readme, language: language)
            written.append(readme)
        }
        let schema = beside("programme.schema.json")
        if !FileManager.default.fileExists(atPath: schema) {
            try Output.write(SchemaCommand.text, to: schema, language: language)
            written.append(schema)
        }
        print(DiagnosticWords.wrote(written, next: file).text(in: language))
    }

    /// `records/YEAR`, unless another programme in the folder already records there (two starters
    /// side by side must not read each other's records): then `records/YEAR-NAME`.
    static func unsharedRecordsFolder(beside folder: String, programme: String, year: Int) -> String {
        let plain = StarterProgramme.recordsFolder(year)
        let directory = folder.isEmpty ? "." : folder
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        let shared = others.contains { name in
            let text = (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
            return text.contains(plain + "/")
        }
        guard shared else { return plain }
        let stem = ((programme as NSString).lastPathComponent as NSString).deletingPathExtension
        return plain + "-" + stem
    }
}
