import TallyYAML

/// What a diagnostic is about, in both languages: "the programme", "target \"x\"", "a list".
public enum Subject {
    public static let programme = LocalizedText(en: "the programme", vi: "chương trình")
    public static let template = LocalizedText(en: "the template", vi: "chương trình mẫu")
    public static let programmeFile = LocalizedText(en: "programme", vi: "chương trình")
    public static let templateFile = LocalizedText(en: "template", vi: "chương trình mẫu")
    public static let target = LocalizedText(en: "a target", vi: "chỉ tiêu")
    public static func target(_ id: String) -> LocalizedText { LocalizedText(en: "target \"\(id)\"", vi: "chỉ tiêu \"\(id)\"") }
    public static let exemption = LocalizedText(en: "an exemption", vi: "trường hợp miễn")
    public static let ratingBand = LocalizedText(en: "a rating band", vi: "mức xếp loại")
    public static let activityKind = LocalizedText(en: "an activity kind", vi: "loại hoạt động")
    public static let milestone = LocalizedText(en: "a milestone", vi: "mốc")
    public static let record = LocalizedText(en: "a record", vi: "bản ghi")
    public static func member(of roster: String) -> LocalizedText { LocalizedText(en: "a member of \(roster)", vi: "thành viên của \(roster)") }
    public static func item(of what: LocalizedText) -> LocalizedText { LocalizedText(en: "an item of ", vi: "một mục của ") + what }
    public static func label(of kind: String) -> LocalizedText { LocalizedText(en: "the label of \(kind)", vi: "tên gọi của \(kind)") }
    public static func roster(_ name: String) -> LocalizedText { LocalizedText(en: "roster \"\(name)\"", vi: "danh sách \"\(name)\"") }
    public static let usersFile = LocalizedText(en: "the users file", vi: "tệp tài khoản")
    public static let anyRoster = LocalizedText(en: "any roster", vi: "các danh sách của chương trình")
}

extension Node {
    /// What this node is, for "must be X, not Y" messages.
    public var kindWords: LocalizedText {
        switch content {
        case .scalar: isNull ? LocalizedText(en: "nothing", vi: "để trống") : LocalizedText(en: "a single value", vi: "một giá trị đơn")
        case .sequence: LocalizedText(en: "a list", vi: "danh sách")
        case .mapping: LocalizedText(en: "a mapping", vi: "nhóm mục")
        }
    }
}
