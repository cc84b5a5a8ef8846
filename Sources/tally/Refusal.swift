import ArgumentParser
import Foundation
import TallyCore
import TallyReports

/// How a command refuses with one catalogue diagnostic: printed on standard error as every
/// diagnostic is (`error[CODE]: ...`, the fix), in `--lang`, else the diagnostic's programme's
/// language, else the locale. The result is the exit status to throw.
enum Refusal {
    /// A mistake in the command's own arguments: status 64, as swift-argument-parser gives its own.
    static func argument(_ diagnostic: Diagnostic, language: Language?) -> ExitCode {
        say(diagnostic, language: language)
        return TallyExit.usage
    }

    static func argument(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:], language: Language?) -> ExitCode {
        argument(Diagnostic(code, arguments), language: language)
    }

    /// Input that cannot be used (a users file, an account): status 2.
    static func invalid(_ diagnostic: Diagnostic, language: Language?) -> ExitCode {
        say(diagnostic, language: language)
        return TallyExit.invalid
    }

    static func say(_ diagnostic: Diagnostic, language: Language?) {
        var diagnostics = Diagnostics()
        diagnostics.add(diagnostic)
        DiagnosticText(language: language).print(diagnostics)
    }
}
