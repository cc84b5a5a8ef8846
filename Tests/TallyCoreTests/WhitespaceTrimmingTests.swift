import Foundation
import Testing
@testable import TallyCore

/// The quick trimming gives what Foundation's `.whitespaces` trimming gives, on the spaces a
/// spreadsheet or a phone keyboard puts around values.
@Suite struct WhitespaceTrimmingTests {
    @Test(arguments: ["", " ", "Hội nghị", " Hội nghị ", "\tx", "x\t", "\u{A0}Đoàn\u{A0}", "\u{3000}x", "x\u{2003}",
                      "\nx\n", "x\r", "\u{200B}x", "  ", "\u{1EA0}", "a b", "\u{202F}y", "\u{0B}x\u{0C}", "\u{85}x", "x\u{1680}", "\u{FEFF}x"])
    func agreesWithFoundation(text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespaces))
    }
}
