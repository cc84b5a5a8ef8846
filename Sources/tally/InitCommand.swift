import ArgumentParser
import Foundation
import TallyCore

/// `tally init`: write a commented starter programme.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter programme (Vietnamese or English)."
    )

    @Argument(help: "The programme file to create (default: print to standard output).")
    var file: String?

    @Option(name: .customLong("lang"), help: "vi or en (default vi).")
    var language: Language = .vi

    @Option(help: "The programme's year (default: this year).")
    var year: Int?

    func run() throws {
        let text = StarterProgramme.text(language: language, year: year ?? Today.day().components.year)
        guard let file else {
            print(text, terminator: "")
            return
        }
        if FileManager.default.fileExists(atPath: file) {
            throw ValidationError("\(file) already exists; choose another name or remove it first")
        }
        try Output.write(text, to: file)
        print("wrote \(file); next: tally lint \(file)")
    }
}
