import ArgumentParser
import Foundation
import TallyCore

/// Options shared by the commands that evaluate programmes.
struct EvaluationOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Evaluate as of this date (YYYY-MM-DD or D/M/YYYY); default today.")
    var asOf: String?

    @OptionGroup var languageOption: LanguageOption
    var language: Language? { languageOption.language }

    @Option(name: .customLong("records"), help: "An extra records file to read (repeatable).")
    var extraRecords: [String] = []

    /// The evaluation date: `--as-of`, or today in the machine's time zone.
    func day() throws -> Day {
        guard let asOf else { return Today.day() }
        switch Day.asOf(asOf) {
        case .success(let day): return day
        case .failure(let problem): throw Refusal.argument(problem.diagnostic(option: "--as-of"), language: language)
        }
    }
}

/// `--lang`: the language of reports and diagnostics (see `Language.chosen` for the default).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language: vi or en (default: the programme's language:, else the locale).")
    var language: Language?
}

extension Language: ExpressibleByArgument {}

/// Today's date in the machine's time zone.
enum Today {
    static func day() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Turns the PROGRAMME-or-FOLDER arguments into programme files: a file stands for itself; a folder
/// for the programmes directly inside it or, with `recursive`, anywhere below it, found by their
/// content (records files and templates are not programmes), in path order.
enum ProgrammePaths {
    static func expand(_ arguments: [String], recursive: Bool = false) -> [String] {
        var source = Source(arguments, recursive: recursive)
        var paths: [String] = []
        while let slice = source.next(upTo: 4_096) { paths += slice }
        return paths
    }

    /// The same, a slice at a time, the folders walked as the slices are asked for.
    struct Source {
        private var arguments: ArraySlice<String>
        private var walk: ProgrammeWalk?
        let recursive: Bool

        init(_ arguments: [String], recursive: Bool) {
            self.arguments = arguments[...]
            self.recursive = recursive
        }

        /// The next programme files, at most `count`; nil when there are no more.
        mutating func next(upTo count: Int) -> [String]? {
            var paths: [String] = []
            while paths.count < count {
                if walk != nil, let found = walk!.next(upTo: count - paths.count) {
                    paths += found
                    continue
                }
                walk = nil
                guard let argument = arguments.popFirst() else { break }
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                    walk = ProgrammeWalk(argument, recursive: recursive)
                } else {
                    paths.append(argument)
                }
            }
            return paths.isEmpty ? nil : paths
        }
    }

    /// The refusal when the folders given hold no programme.
    static func noneFound(in arguments: [String], language: Language?) -> ExitCode {
        Refusal.argument(.noProgrammesFound, ["paths": LocalizedText(arguments.joined(separator: ", "))], language: language)
    }
}

/// Tally's exit statuses (FORMAT.md section 7).
enum TallyExit {
    static let missed = ExitCode(1)
    static let invalid = ExitCode(2)
    /// A mistake in the arguments (swift-argument-parser's own status for them, EX_USAGE).
    static let usage = ExitCode.validationFailure
}
