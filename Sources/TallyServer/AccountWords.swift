import TallyCore

/// The words of the account pages and the record form, in Vietnamese and English.
struct AccountWords {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    var signIn: String { pick("Đăng nhập", "Sign in") }
    var signOut: String { pick("Đăng xuất", "Sign out") }
    var user: String { pick("Tên đăng nhập", "User name") }
    var password: String { pick("Mật khẩu", "Password") }
    var record: String { pick("Ghi hồ sơ", "Record an activity") }
    var recordButton: String { pick("Ghi hồ sơ", "Record") }
    var signedInAs: String { pick("Đang đăng nhập", "Signed in as") }
    var date: String { pick("Ngày", "Date") }
    var activity: String { pick("Hoạt động", "Activity") }
    var unit: String { pick("Đơn vị", "Unit") }
    var id: String { pick("Mã hồ sơ (khi việc này cần được trả lời)", "Id (when others must answer this)") }
    var respondsTo: String { pick("Trả lời cho việc", "Responds to") }
    var title: String { pick("Nội dung", "Title") }
    var evidence: String { pick("Minh chứng (PDF, JPEG hoặc PNG, mỗi tệp tối đa 10 MB)", "Evidence (PDF, JPEG or PNG, up to 10 MB each)") }
    var overdue: String { pick("quá hạn", "overdue") }
    var pending: String { pick("chưa đến hạn", "pending") }
    var none: String { pick("(không)", "(none)") }
    var recorded: String { pick("Đã ghi hồ sơ. Chỉ tiêu thay đổi:", "Recorded. What it changed:") }
    var notRecorded: String { pick("Chưa ghi: hãy sửa các chỗ báo lỗi dưới đây.", "Not recorded: correct what is marked below.") }

    func role(_ role: Role) -> String {
        switch role {
        case .board: pick("ban thường vụ", "board")
        case .inspector: pick("kiểm tra", "inspector")
        case .clerk: pick("văn thư", "clerk")
        }
    }
}
