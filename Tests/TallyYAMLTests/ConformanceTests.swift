import Foundation
import Testing
import TallyYAML

/// The YAML layer against the official YAML test suite, at the event and at the node level.
///
/// Every case either passes or is listed in `ExpectedFailures.txt` with a
/// reason; an unlisted failure and a listed case that passes both fail the
/// test, so the list stays true. Each test prints a summary line of counts.
@Suite(.enabled(if: SuiteCase.isAvailable,
                "the YAML test suite data is not at ../shared/yaml-test-suite beside the package root, so the conformance tests are skipped"),
       .timeLimit(.minutes(2)))
struct ConformanceTests {
    /// Why Tally refuses some valid documents: each reason with the diagnostic code it must give.
    static let rejections: [String: String] = [
        "multi-document": "second-document",
        "duplicate-key": "duplicate-key",
        "custom-tag": "custom-tag",
        "merge-key": "merge-key",
        "complex-key": "complex-key",
    ]

    /// The event-level reason for invalid YAML that libyaml accepts; other event-level reasons are for valid YAML.
    static let acceptsInvalid = "libyaml-accepts-invalid"

    /// The data folder holds the whole suite, so a partial copy cannot pass for a full run.
    @Test func theSuiteIsComplete() {
        #expect(SuiteCase.all.count == 402, "the suite's data-2022-01-17 release has 402 cases")
        #expect(SuiteCase.all.allSatisfy { !$0.events.isEmpty }, "every case has a test.event")
    }

    /// Every listed case exists and has a reason that fits it.
    @Test func theExpectedFailureListIsWellFormed() throws {
        let list = try ExpectedFailures.load()
        let cases = Dictionary(uniqueKeysWithValues: SuiteCase.all.map { ($0.id, $0) })
        for entry in list.entries {
            guard let suiteCase = cases[entry.id] else {
                Issue.record("ExpectedFailures.txt:\(entry.line): \(entry.id) is not a case of the suite")
                continue
            }
            if entry.level == .node {
                #expect(Self.rejections[entry.reason] != nil, "ExpectedFailures.txt:\(entry.line): unknown node-level reason \(entry.reason)")
                #expect(!suiteCase.isError, "ExpectedFailures.txt:\(entry.line): \(entry.id) is invalid YAML, so no node-level result")
                #expect(list.entry(for: entry.id, level: .event) == nil, "ExpectedFailures.txt:\(entry.line): \(entry.id) is not compared at the node level")
            } else {
                #expect((entry.reason == Self.acceptsInvalid) == suiteCase.isError,
                        "ExpectedFailures.txt:\(entry.line): \(entry.reason) does not fit \(entry.id), which is \(suiteCase.isError ? "invalid" : "valid") YAML")
            }
        }
    }

    /// libyaml's events, as rendered from `YAMLEventReader`, equal `test.event`; invalid YAML throws a located error.
    @Test func eventsMatchTheSuite() throws {
        let list = try ExpectedFailures.load()
        var summary = ConformanceSummary("event level")
        for suiteCase in SuiteCase.all {
            let failure = Self.eventFailure(of: suiteCase)
            switch (failure, list.entry(for: suiteCase.id, level: .event)) {
            case (nil, nil):
                summary.pass(suiteCase.isError ? "invalid YAML rejected at a place" : "valid YAML, same events")
            case (nil, let entry?):
                summary.unexpectedResult()
                Issue.record("\(suiteCase) passes now, but ExpectedFailures.txt:\(entry.line) lists it (\(entry.reason)): remove it from the list")
            case (let failure?, nil):
                summary.unexpectedResult()
                Issue.record("\(suiteCase) fails and is not in ExpectedFailures.txt: \(failure)")
            case (_?, let entry?):
                summary.expectedFailure(entry.reason)
            }
        }
        print(summary.line)
    }

    /// An error from the reader points into the input, for every case, listed or not.
    @Test func everyErrorHasAPlaceInTheInput() {
        var errors = 0
        for suiteCase in SuiteCase.all {
            guard let error = EventRenderer.render(suiteCase.yaml).error else { continue }
            errors += 1
            let lines = String(decoding: suiteCase.yaml, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let mark = error.mark
            #expect(mark.line >= 1 && mark.column >= 1 && mark.line <= lines.count,
                    "\(suiteCase): the error \"\(error.description)\" is at \(mark), outside the \(lines.count) lines of the input")
            guard mark.line >= 1 && mark.line <= lines.count else { continue }
            let length = lines[mark.line - 1].unicodeScalars.count
            #expect(mark.column <= length + 1, "\(suiteCase): the error \"\(error.description)\" is at \(mark), past the end of its line (\(length) characters)")
        }
        print("YAML test suite, error marks: \(errors) reader errors checked")
    }

    /// `YAMLDocument` builds the value of `in.json`, or refuses the document for a listed reason.
    ///
    /// Tally's scalars stay strings; `CoreSchema` types them by the YAML 1.2 core
    /// schema in this test only, so numbers, booleans and nulls compare exactly.
    /// Cases listed at the event level are not compared: their events are wrong already.
    @Test func nodesMatchTheJSON() throws {
        let list = try ExpectedFailures.load()
        var summary = ConformanceSummary("node level", listedLabel: "refused by Tally on purpose")
        for suiteCase in SuiteCase.all {
            let (root, errors) = YAMLDocument().parse(SourceFile(path: suiteCase.id + "/in.yaml", bytes: suiteCase.yaml))
            for error in errors where error.mark.line < 1 || error.mark.column < 1 {
                Issue.record("\(suiteCase): Tally's error \"\(error.description)\" has no place: \(error.mark)")
            }
            if suiteCase.isError {
                summary.notCompared("invalid YAML")
                continue
            }
            if list.entry(for: suiteCase.id, level: .event) != nil {
                summary.notCompared("event-level expected failure")
                continue
            }
            if let entry = list.entry(for: suiteCase.id, level: .node) {
                let wanted = Self.rejections[entry.reason] ?? "?"
                if errors.contains(where: { $0.code == wanted }) {
                    summary.expectedFailure(entry.reason)
                } else {
                    summary.unexpectedResult()
                    let gave = errors.isEmpty ? "no error" : errors.map(\.description).joined(separator: "; ")
                    Issue.record("\(suiteCase) should be refused by Tally (\(entry.reason), ExpectedFailures.txt:\(entry.line)) but gave \(gave)")
                }
                continue
            }
            if !errors.isEmpty {
                summary.unexpectedResult()
                Issue.record("\(suiteCase) is refused by Tally and is not in ExpectedFailures.txt: \(errors.map(\.description).joined(separator: "; "))")
                continue
            }
            guard let json = suiteCase.json else {
                // Complex or empty keys: the suite gives no JSON, but Tally must still accept or refuse it on purpose.
                summary.pass("accepted, no in.json to compare")
                continue
            }
            let expected = try JSONValue.parseAll(json)
            let actual = root.map { [CoreSchema.json($0)] } ?? []
            if actual == expected {
                summary.pass("same value as in.json")
            } else {
                summary.unexpectedResult()
                Issue.record("\(suiteCase): the node tree differs from in.json\n  expected: \(expected)\n  actual:   \(actual)")
            }
        }
        print(summary.line)
    }

    /// Why a case does not give the suite's answer at the event level, or nil when it does.
    static func eventFailure(of suiteCase: SuiteCase) -> String? {
        let result = EventRenderer.render(suiteCase.yaml)
        if result.looped { return "the reader gave \(EventRenderer.eventLimit) events without reaching the stream end" }
        if suiteCase.isError {
            guard let error = result.error else { return "invalid YAML accepted (\(result.events.count) events, no error)" }
            guard error.mark.line >= 1, error.mark.column >= 1 else { return "the error \"\(error.description)\" has no place: \(error.mark)" }
            return nil
        }
        if let error = result.error { return "valid YAML rejected at \(error.mark): \(error.description)" }
        if result.events == suiteCase.events { return nil }
        let index = zip(result.events, suiteCase.events).enumerated().first { $1.0 != $1.1 }?.offset ?? min(result.events.count, suiteCase.events.count)
        func at(_ events: [String]) -> String { index < events.count ? events[index] : "(end)" }
        return "events differ from test.event at event \(index + 1): expected \"\(at(suiteCase.events))\", got \"\(at(result.events))\""
    }
}
