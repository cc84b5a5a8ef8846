import Foundation
import Testing
@testable import TallyReports
import TallyCore

/// docs/errors.md is generated from the catalogue (`tally errors --markdown`); this test fails when
/// the two drift apart. `TALLY_UPDATE_GOLDEN=1 swift test --filter ErrorsDocument` rewrites it.
@Suite struct ErrorsDocumentTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/errors.md")

    @Test func docsErrorsMdIsInStepWithTheCatalogue() throws {
        let generated = CatalogueText.markdown()
        if ProcessInfo.processInfo.environment["TALLY_UPDATE_GOLDEN"] == "1" {
            try generated.write(to: Self.file, atomically: true, encoding: .utf8)
            return
        }
        let written = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(written == generated, "docs/errors.md is out of step with the catalogue: run `tally errors --markdown > docs/errors.md`")
    }

    @Test func everyCodeHasItsSection() {
        let generated = CatalogueText.markdown()
        for entry in DiagnosticCatalogue.sorted {
            #expect(generated.contains("\n## \(entry.code.rawValue)\n"), "\(entry.code.rawValue)")
        }
    }

    @Test func explainShowsTriggerExampleAndFix() {
        let text = CatalogueText.explain(DiagnosticCatalogue.entry(.impossibleDate), in: .vi)
        #expect(text.hasPrefix("impossible-date (lỗi): ngày không có thật\n"))
        #expect(text.contains("Khi nào gặp:") && text.contains("Ví dụ:\n  - date: 31/04/2024") && text.contains("Cách sửa:\n  viết một ngày có thật"))
        #expect(text.contains("VALUE không phải ngày có thật: REASON"), "placeholders are shown in capitals")
    }
}
