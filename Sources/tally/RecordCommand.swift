import ArgumentParser
import Foundation
import TallyCore
import TallyReports
import TallyYAML

/// `tally record`: validate one record against the programme and append it safely.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Validate one record against a programme and append it to its records file.",
        discussion: """
        The record is checked exactly as loading checks it (activity, unit, date, unique id, \
        responds-to). On any error nothing is written and the exit status is 2. Concurrent runs \
        are serialised by a lock, and a crash leaves the old file or the new one, never a torn one.
        """
    )

    @Argument(help: "The programme file.")
    var programme: String

    @Option(help: "The date of the activity (YYYY-MM-DD or D/M/YYYY).")
    var date: String

    @Option(help: "The activity kind.")
    var activity: String

    @Option(help: "The unit (a roster member's name, id or alias).")
    var unit: String?

    @Option(help: "The record's id, for records that others respond to.")
    var id: String?

    @Option(name: .customLong("responds-to"), help: "The id of the record this one answers.")
    var respondsTo: String?

    @Option(help: "A title.")
    var title: String?

    @Option(help: "A path or URL of evidence (repeatable).")
    var evidence: [String] = []

    @Option(name: .customLong("recorded"), help: "The date the entry was made (default: not written).")
    var recorded: String?

    @Option(name: .customLong("set"), help: "FIELD=VALUE: another field, typed like a plain YAML value (repeatable).")
    var set: [String] = []

    @Option(name: .customLong("text"), help: "FIELD=VALUE: another field, always kept as text (repeatable).")
    var text: [String] = []

    @Option(help: "The records file to append to (one of the programme's).")
    var into: String?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        var attributes: [RecordRequest.Attribute] = []
        for (assignment, option) in set.map({ ($0, "--set") }) + text.map({ ($0, "--text") }) {
            let typed = option == "--set"
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw Refusal.argument(.badFieldAssignment, ["option": "\(option)", "value": "\(assignment)"], language: languageOption.language)
            }
            attributes.append(RecordRequest.Attribute(name: String(assignment[..<equals]), value: String(assignment[assignment.index(after: equals)...]), typed: typed))
        }
        let request = RecordRequest(date: date, activity: activity, unit: unit, id: id, respondsTo: respondsTo, title: title,
                                    evidence: evidence, recorded: recorded, attributes: attributes)
        let fields: [(key: String, value: YAMLEmitter.Value)]
        do { fields = try request.fields() } catch { throw Refusal.argument(error.diagnostic, language: languageOption.language) }
        do {
            let appended = try RecordAppender(programmePath: programme).append(fields, into: into)
            if !appended.warnings.items.isEmpty { DiagnosticText(language: languageOption.language).print(appended.warnings) }
            print("recorded: \(appended.file):\(appended.line)")
        } catch {
            switch error {
            case .invalid(let diagnostics, let existing):
                let printer = DiagnosticText(language: languageOption.language)
                printer.print(diagnostics)
                let note = DiagnosticWords.nothingWritten(becauseOfExistingErrors: existing).text(in: printer.layout.language(of: diagnostics))
                FileHandle.standardError.write(Data((note + "\n").utf8))
            case .problem(let diagnostic):
                var one = Diagnostics()
                one.add(diagnostic)
                DiagnosticText(language: languageOption.language).print(one)
            }
            throw TallyExit.invalid
        }
    }
}
