import Foundation
import Testing

/// The bad-input corpus against the catalogue: every case is named after a code it shows, and
/// every code that files can bring about has a case, so `Tests/BadInput` is the catalogue's
/// book of examples. The codes without a case are listed below, each with the reason.
@Suite struct BadInputCoverageTests {
    /// Codes no committed folder can show, and where they are tested instead.
    static let withoutACase: [String: String] = [
        "value-too-long": "needs a value over 1 MiB: built by BadInputTests.aValueOverOneMebibyte*",
        "too-deep": "needs 10,000 nested brackets: built by BadInputTests.tenThousandNestedBrackets*",
        "unreadable-file": "needs a chmod 000 file, which git cannot hold: built by BadInputTests",
        "read-error": "needs a read that fails after the file opens (a failing disk): built by BadInputTests from /proc/self/mem",
        "too-many-records": "needs more records than RecordSet.maxRecords (millions): too big to commit or to run in a test",
        "too-many-fields": "needs 65,531 distinct field names (MBs of records): built by BadInputTests.moreFieldNamesThanARecordSetHolds and .filesThatTogetherNameTooManyFields",
        "too-many-kinds": "needs 65,537 distinct activity kinds in one file (about 2 MB): too big to commit",
        "workbook-part-too-large": "needs a workbook part that unpacks past the limit (a zip bomb): too big to commit",
        "changed-during-check": "needs a file edited between the two readings of a streamed roll-up, a race no committed file can hold",
        "record-write-failed": "needs a write that fails (a read-only folder or a full disk), which git cannot hold",
        "users-file-not-written": "needs a users file that cannot be written (a read-only folder), which git cannot hold",
        "weak-password": "reads the password from standard input: UserCommandTests.refusesWithACodeAndExitTwo",
        "password-mismatch": "needs two different passwords typed at a terminal",
    ]
    /// Codes only a request to the web server gives, not a file or a command line:
    /// TallyServerTests (AuthRouteTests, RecordRouteTests, HostileRecordTests) and WebRecorderTests
    /// bring each one about.
    static let webOnly = ["sign-in-needed", "sign-in-failed", "sign-in-throttled", "form-expired", "cross-site-sign-in", "not-your-programme", "read-only-account",
                          "choose-your-unit", "not-your-unit", "recording-needs-accounts", "users-file-broken", "body-too-large", "bad-record-body",
                          "evidence-empty", "evidence-too-large", "evidence-not-a-document", "stamp-field",
                          "record-blocked-by-errors", "no-such-page", "no-such-programme", "bad-form"]

    static let exceptions: [String: String] = withoutACase.merging(webOnly.map { ($0, "only reachable through the web server: TallyServerTests") }) { first, _ in first }

    static let codes: [String] = {
        guard let run = try? TallyRunner.run(["errors", "--lang", "en"]) else { return [] }
        return run.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
    }()

    /// The codes a case's expected output shows, in order: `error[CODE]`, `lỗi[CODE]`, ...
    static func shownCodes(_ name: String) -> [String] {
        let file = BadInputTests.corpus.appendingPathComponent(name).appendingPathComponent("expected.txt")
        let text = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
        let labels = ["error", "warning", "note", "lỗi", "cảnh báo", "lưu ý"]
        var found: [String] = []
        for line in text.split(separator: "\n") {
            for label in labels {
                guard let open = line.range(of: label + "["), let close = line[open.upperBound...].firstIndex(of: "]") else { continue }
                found.append(String(line[open.upperBound..<close]))
            }
        }
        return found
    }

    @Test func theCatalogueIsListed() {
        #expect(Self.codes.count >= 150, "tally errors listed \(Self.codes.count) codes")
        #expect(Self.codes.contains("impossible-date"))
    }

    @Test func everyCaseIsNamedAfterACodeItShows() {
        for name in BadInputTests.cases {
            let shown = Self.shownCodes(name)
            if let first = shown.first {
                #expect(shown.contains { name == $0 || name.hasPrefix($0 + "-") }, "\(name) shows \(shown): name it \(first)-...")
            } else {
                #expect(name.hasPrefix("accepted-"), "\(name) shows no code: an accepted input is named accepted-...")
            }
        }
    }

    @Test func everyCodeThatFilesCanBringAboutHasACase() {
        let shown = Set(BadInputTests.cases.flatMap(Self.shownCodes))
        for code in Self.codes where !shown.contains(code) {
            #expect(Self.exceptions[code] != nil, "no case in Tests/BadInput shows \(code): add a folder named \(code)-...")
        }
        for (code, reason) in Self.exceptions {
            #expect(Self.codes.contains(code), "\(code) is not in the catalogue")
            #expect(!shown.contains(code), "\(code) has a case now: remove it from the exceptions (\(reason))")
        }
    }

    /// The language a case asks for with `--lang`, if any.
    static func language(of name: String) -> String? {
        let arguments = BadInputTests.arguments(of: name)
        guard let flag = arguments.firstIndex(of: "--lang"), flag + 1 < arguments.count else { return nil }
        return arguments[flag + 1]
    }

    @Test func someCasesAreInEnglish() {
        let english = BadInputTests.cases.filter { Self.language(of: $0) == "en" }
        #expect(english.count >= 8, "\(english)")
        for name in english {
            let expected = (try? String(contentsOf: BadInputTests.corpus.appendingPathComponent(name).appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
            #expect(!expected.contains("lỗi[") && !expected.contains("cảnh báo["), "\(name) asks for English")
        }
    }

    /// Command-line cases run under an English locale, so their Vietnamese shows only with `--lang vi`.
    @Test func someArgumentErrorsAreInVietnamese() {
        let vietnamese = BadInputTests.cases.filter { Self.language(of: $0) == "vi" }
        #expect(vietnamese.count >= 3, "\(vietnamese)")
        for name in vietnamese { #expect(name.hasSuffix("-lang-vi"), "\(name) asks for Vietnamese: name it ...-lang-vi") }
    }
}
