import Testing
@testable import TallyCore

/// The catalogue: one complete entry per code, templates that fill, and the language rule.
@Suite struct DiagnosticCatalogueTests {
    @Test func everyCodeHasOneEntry() {
        #expect(DiagnosticCatalogue.entries.count == DiagnosticCode.allCases.count)
        for code in DiagnosticCode.allCases {
            #expect(DiagnosticCatalogue.entries[code]?.code == code, "\(code.rawValue)")
        }
    }

    @Test(arguments: DiagnosticCode.allCases)
    func codesAreLowerCaseWordsJoinedByDashes(_ code: DiagnosticCode) {
        #expect(code.rawValue.allSatisfy { ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" })
        #expect(!code.rawValue.hasPrefix("-") && !code.rawValue.hasSuffix("-") && !code.rawValue.contains("--"))
    }

    @Test(arguments: DiagnosticCode.allCases)
    func bothLanguagesNameTheSamePlaceholders(_ code: DiagnosticCode) {
        let entry = DiagnosticCatalogue.entry(code)
        for text in [entry.message, entry.fix] + [entry.otherFix, entry.note].compactMap({ $0 }) {
            #expect(Self.placeholders(text.en) == Self.placeholders(text.vi), "\(code.rawValue): \(text.en) / \(text.vi)")
        }
        for text in [entry.summary, entry.message, entry.fix, entry.explanation] {
            #expect(!text.en.isEmpty && !text.vi.isEmpty && (text.en != text.vi || text.en == "{fix}"), "\(code.rawValue) needs its own words in each language")
        }
        #expect(!entry.example.isEmpty)
    }

    static func placeholders(_ text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let name = rest[rest.index(after: open)...].prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            if name.endIndex < rest.endIndex, rest[name.endIndex] == "}" { names.insert(String(name)) }
            rest = rest[rest.index(after: open)...]
        }
        return names
    }

    @Test func templatesFillInTheChosenLanguage() {
        let diagnostic = Diagnostic(.impossibleDate, ["value": "31/04/2024", "reason": LocalizedText(en: "month 4 of 2024 has 30 days", vi: "tháng 4 năm 2024 chỉ có 30 ngày")])
        #expect(diagnostic.message(in: .en) == "31/04/2024 is not a real date: month 4 of 2024 has 30 days")
        #expect(diagnostic.message(in: .vi) == "31/04/2024 không phải ngày có thật: tháng 4 năm 2024 chỉ có 30 ngày")
        #expect(diagnostic.suggesting(["a", "b"]).fix(in: .vi) == "có phải là \"a\" hay \"b\" không?")
        let braces = Diagnostic(.memberMissingAttribute, ["name": "Văn phòng", "roster": "centres", "attribute": "headcount"])
        #expect(braces.fix(in: .en) == "give every member of centres the attribute, e.g. {name: Văn phòng, headcount: 40}")
    }

    @Test func warningsAreCountedApartFromErrors() {
        var diagnostics = Diagnostics()
        diagnostics.add(Diagnostic(.emptyRecords))
        diagnostics.add(Diagnostic(.impossibleDate, ["value": "x", "reason": "y"]))
        #expect(diagnostics.errorCount == 1 && diagnostics.warningCount == 1)
        #expect(DiagnosticWords.count(errors: 1, warnings: 1).text(in: .vi) == "1 lỗi, 1 cảnh báo")
    }

    /// The line after the cap names what it left out: errors, warnings or both.
    @Test func theNotShownLineCountsErrorsAndWarningsApart() {
        #expect(DiagnosticWords.notShown(errors: 50, warnings: 0).text(in: .en) == "… and 50 more errors not shown")
        #expect(DiagnosticWords.notShown(errors: 0, warnings: 3443).text(in: .en) == "… and 3443 more warnings not shown")
        #expect(DiagnosticWords.notShown(errors: 1, warnings: 1).text(in: .en) == "… and 1 more error and 1 warning not shown")
        #expect(DiagnosticWords.notShown(errors: 0, warnings: 3443).text(in: .vi) == "… và 3443 cảnh báo nữa không hiện ra")
        #expect(DiagnosticWords.notShown(errors: 2, warnings: 5).text(in: .vi) == "… và 2 lỗi, 5 cảnh báo nữa không hiện ra")
    }

    @Test func theLanguageRule() {
        #expect(Language.chosen(flag: .en, programme: .vi, environment: ["LANG": "vi_VN.UTF-8"]) == .en)
        #expect(Language.chosen(flag: nil, programme: .vi, environment: ["LANG": "en_GB.UTF-8"]) == .vi)
        #expect(Language.chosen(flag: nil, programme: nil, environment: ["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(Language.chosen(flag: nil, programme: nil, environment: ["LC_ALL": "C", "LANG": "vi_VN.UTF-8"]) == .en, "LC_ALL wins")
        #expect(Language.chosen(flag: nil, programme: nil, environment: ["LC_ALL": "", "LANG": "vi"]) == .vi, "an empty LC_ALL is unset")
        #expect(Language.chosen(flag: nil, programme: nil, environment: [:]) == .en)
    }

    @Test func unknownCodesSuggestTheNearest() {
        guard case .failure(let unknown) = DiagnosticCatalogue.lookUp("impossible-dat") else { Issue.record("found"); return }
        #expect(unknown.near.first == "impossible-date")
        guard case .success(let entry) = DiagnosticCatalogue.lookUp(" Impossible-Date ") else { Issue.record("not found"); return }
        #expect(entry.code == .impossibleDate)
    }
}
