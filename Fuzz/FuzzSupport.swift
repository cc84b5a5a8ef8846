import Foundation
@testable import TallyCore
import TallyYAML

/// Helpers shared by every fuzz target: input conversion, diagnostic rendering, evaluation.
///
/// Compiled into each harness binary (see scripts/fuzz); the regression tests in
/// Tests/TallyCoreTests/FuzzRegressionTests.swift mirror these steps.
enum FuzzSupport {
    /// The fuzz input as a byte array.
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Renders diagnostics the way the command line does (location, excerpt, caret), so the
    /// excerpt code runs on every mark the loaders produce. Returns the text's length.
    @discardableResult
    static func render(_ diagnostics: Diagnostics) -> Int {
        var total = 0
        for diagnostic in diagnostics.items {
            var out = (diagnostic.location ?? "") + diagnostic.message(in: .vi) + diagnostic.fix(in: .en)
            if let start = diagnostic.start, let line = diagnostic.source?.line(start.line) {
                let padding = line.unicodeScalars.prefix(max(0, start.column - 1)).count
                let remaining = line.unicodeScalars.count - (start.column - 1)
                out += line + String(repeating: " ", count: padding) + String(repeating: "^", count: max(1, min(diagnostic.width, remaining)))
            }
            total += out.utf8.count
        }
        return total
    }

    /// Renders YAML errors with their excerpt, as the loaders do.
    @discardableResult
    static func render(_ errors: [YAMLError], in source: SourceFile) -> Int {
        var diagnostics = Diagnostics()
        for error in errors { diagnostics.add(.yaml(error, in: source)) }
        return render(diagnostics)
    }

    /// Days the evaluation is run on: before, inside and after a 2024 or 2020 programme.
    static let days: [Day] = [(2020, 6, 30), (2024, 6, 30), (2025, 1, 1)].compactMap { Day(year: $0.0, month: $0.1, day: $0.2) }

    /// Evaluates `programme` over `records` on a few days, explains every target and plans reminders.
    @discardableResult
    static func evaluate(_ programme: Programme, records: RecordSet) -> Int {
        var total = 0
        for day in days {
            let evaluator = Evaluator(programme: programme, records: records, asOf: day)
            let result = evaluator.evaluate()
            total += result.targets.count
            total += ReminderPlanner.reminders(for: result, within: 14).count
            for target in programme.targets {
                let explanation = Explanation(evaluator: evaluator, target: target)
                total += explanation.counted.count + explanation.leftOut.count
            }
        }
        return total
    }

    /// The repository's root (the parent of the Fuzz folder), to find the example programmes.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    }
}
