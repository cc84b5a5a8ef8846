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

    /// The line after the cap: `… and 12 more errors not shown`.
    public static func notShown(_ count: Int) -> LocalizedText {
        LocalizedText(en: "… and \(count) more errors not shown", vi: "… và \(count) lỗi nữa không hiện ra")
    }
}
