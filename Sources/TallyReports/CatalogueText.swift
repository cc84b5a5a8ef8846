import Foundation
import TallyCore

/// The diagnostics catalogue as text: the list for `tally errors`, one entry for
/// `tally errors CODE`, and docs/errors.md.
public enum CatalogueText {
    /// Every code with its one-line summary, aligned.
    public static func list(in language: Language) -> String {
        let entries = DiagnosticCatalogue.sorted
        let width = entries.map(\.code.rawValue.count).max() ?? 0
        return entries.map { entry in
            entry.code.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + entry.summary.text(in: language)
        }.joined(separator: "\n") + "\n"
    }

    /// What triggers one code, an example, what Tally says and how to fix it.
    public static func explain(_ entry: CatalogueEntry, in language: Language) -> String {
        let words = Headings(language)
        var out = "\(entry.code.rawValue) (\(DiagnosticWords.label(entry.severity).text(in: language))): \(entry.summary.text(in: language))\n\n"
        out += "\(words.triggers)\n" + indented(entry.explanation.text(in: language)) + "\n\n"
        out += "\(words.example)\n" + indented(entry.example) + "\n\n"
        out += "\(words.says)\n" + indented(shown(entry.message, in: language)) + "\n\n"
        out += "\(words.fix)\n" + indented(shown(entry.fix, in: language)) + "\n"
        if let other = entry.otherFix { out += indented(shown(other, in: language)) + "\n" }
        return out
    }

    /// docs/errors.md: every entry, in English and in Vietnamese.
    public static func markdown() -> String {
        var out = """
        # Tally's diagnostics / Các thông báo lỗi của Tally

        Generated from the catalogue in `Sources/TallyCore/Diagnostics` by
        `tally errors --markdown > docs/errors.md`; a test keeps it in step. `tally errors CODE`
        prints one entry in the chosen language. Words in capitals (VALUE, KEY) stand for the
        values each message names.

        Tạo tự động từ danh mục trong `Sources/TallyCore/Diagnostics`; `tally errors MÃ` in ra
        một mục bằng ngôn ngữ đã chọn.


        """
        out += "| code | en | vi |\n| --- | --- | --- |\n"
        for entry in DiagnosticCatalogue.sorted {
            out += "| [`\(entry.code.rawValue)`](#\(entry.code.rawValue)) | \(cell(entry.summary.en)) | \(cell(entry.summary.vi)) |\n"
        }
        for entry in DiagnosticCatalogue.sorted {
            out += "\n## \(entry.code.rawValue)\n\n"
            out += "Severity: \(entry.severity.rawValue). Example:\n\n```yaml\n\(entry.example)\n```\n"
            for language in [Language.en, .vi] {
                let words = Headings(language)
                out += "\n**\(language == .en ? "English" : "Tiếng Việt")**: \(entry.explanation.text(in: language))\n\n"
                out += "- \(words.says) `\(shown(entry.message, in: language))`\n"
                out += "- \(words.fix) \(shown(entry.fix, in: language))\n"
                if let other = entry.otherFix { out += "- \(words.otherFix) \(shown(other, in: language))\n" }
            }
        }
        return out
    }

    /// A template with each `{name}` shown as NAME.
    static func shown(_ template: LocalizedText, in language: Language) -> String {
        let text = template.text(in: language)
        let regex = try! NSRegularExpression(pattern: #"\{([a-z][a-z0-9-]*)\}"#)
        var out = text
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            let name = (text as NSString).substring(with: match.range(at: 1))
            out = (out as NSString).replacingCharacters(in: match.range, with: name.uppercased())
        }
        return out
    }

    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

    struct Headings {
        var triggers, example, says, fix, otherFix: String
        init(_ language: Language) {
            if language == .vi {
                (triggers, example, says, fix, otherFix) = ("Khi nào gặp:", "Ví dụ:", "Tally báo:", "Cách sửa:", "Hoặc:")
            } else {
                (triggers, example, says, fix, otherFix) = ("What triggers it:", "Example:", "Tally says:", "How to fix it:", "Or:")
            }
        }
    }
}
