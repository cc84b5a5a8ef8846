/// The few words around diagnostics that are not one entry's: labels, "did you mean", counts.
public enum DiagnosticWords {
    public static func label(_ severity: Diagnostic.Severity) -> LocalizedText {
        switch severity {
        case .error: LocalizedText(en: "error", vi: "lỗi")
        case .warning: LocalizedText(en: "warning", vi: "cảnh báo")
        case .note: LocalizedText(en: "note", vi: "lưu ý")
        }
    }

    public static let fix = LocalizedText(en: "fix", vi: "cách sửa")
    public static let note = LocalizedText(en: "note", vi: "ghi chú")
    static let seeAlso = LocalizedText(en: "see also here", vi: "xem thêm ở đây")

    public static func didYouMean(_ names: [String]) -> LocalizedText {
        LocalizedText(en: "did you mean ", vi: "có phải là ") + .alternatives(names) + LocalizedText(en: "?", vi: " không?")
    }

    /// `3 errors, 1 warning` / `3 lỗi, 1 cảnh báo`; warnings only when there are some.
    public static func count(errors: Int, warnings: Int) -> LocalizedText {
        var en = "\(errors) error\(errors == 1 ? "" : "s")", vi = "\(errors) lỗi"
        if warnings > 0 {
            en += ", \(warnings) warning\(warnings == 1 ? "" : "s")"
            vi += ", \(warnings) cảnh báo"
        }
        return LocalizedText(en: en, vi: vi)
    }

    /// Why a programme was not checked: the template it extends has errors.
    public static func blocked(by template: String) -> LocalizedText {
        LocalizedText(en: "extends \(template), which has errors", vi: "kế thừa \(template), là chương trình mẫu đang có lỗi")
    }

    /// `1 programme` / `3 programmes` / `3 chương trình`.
    public static func programmes(_ count: Int) -> LocalizedText {
        LocalizedText(en: count == 1 ? "1 programme" : "\(count) programmes", vi: "\(count) chương trình")
    }

    /// What `tally lint` read of a programme without errors: `12 targets, 66 records in 5 files`.
    public static func linted(targets: Int, records: Int, files: Int) -> LocalizedText {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return LocalizedText(en: "\(count(targets, "target")), \(count(records, "record")) in \(count(files, "file"))",
                             vi: "\(targets) chỉ tiêu, \(records) bản ghi trong \(files) tệp")
    }

    /// What `tally init` wrote, and the command to run next.
    public static func wrote(_ files: [String], next programme: String) -> LocalizedText {
        let list = files.joined(separator: ", ")
        return LocalizedText(en: "wrote \(list); next: tally lint \(programme)", vi: "đã ghi \(list); bước tiếp theo: tally lint \(programme)")
    }

    /// The progress line of a long `tally check` on a terminal.
    public static let checkingProgrammes = LocalizedText(en: "checking programmes", vi: "đang kiểm tra chương trình")

    /// Why `tally record` wrote nothing after printing the diagnostics.
    public static func nothingWritten(becauseOfExistingErrors existing: Bool) -> LocalizedText {
        existing
            ? LocalizedText(en: "the programme or its records have errors: fix them first; nothing was written",
                            vi: "chương trình hoặc hồ sơ của nó đang có lỗi: hãy sửa trước; chưa ghi gì")
            : LocalizedText(en: "the record is invalid; nothing was written", vi: "bản ghi không hợp lệ; chưa ghi gì")
    }

    /// The line after the cap: `… and 12 more errors not shown`, `… and 3 more warnings not shown`,
    /// or both.
    public static func notShown(errors: Int, warnings: Int) -> LocalizedText {
        let en = [errors > 0 ? "\(errors) more error\(errors == 1 ? "" : "s")" : nil, warnings > 0 ? "\(warnings) \(errors > 0 ? "" : "more ")warning\(warnings == 1 ? "" : "s")" : nil]
        let vi = [errors > 0 ? "\(errors) lỗi" : nil, warnings > 0 ? "\(warnings) cảnh báo" : nil]
        return LocalizedText(en: "… and \(en.compactMap { $0 }.joined(separator: " and ")) not shown",
                             vi: "… và \(vi.compactMap { $0 }.joined(separator: ", ")) nữa không hiện ra")
    }
}
