import HTTPTypes
import TallyCore
import TallyReports

/// The words only the server's pages print (navigation, the date form, notices), in Vietnamese
/// and English; everything else comes from the reports' own words.
struct PageWords {
    let words: Words

    init(_ language: Language) { words = Words(language) }

    var language: Language { words.language }
    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    var home: String { words.summary }
    var reminders: String { pick("Nhắc việc", "Reminders") }
    var navigation: String { pick("Điều hướng", "Navigation") }
    var asOf: String { pick("Tính đến ngày", "As of") }
    var show: String { pick("Xem", "Show") }
    var today: String { pick("Hôm nay", "Today") }
    var within: String { pick("Trong vòng", "Within") }
    var explain: String { pick("Cách tính chỉ tiêu", "How the target was counted") }
    var errorsTitle: String { pick("Chương trình có lỗi, chưa tính được", "The programme has errors and cannot be evaluated") }
    var errorsHelp: String {
        pick("Sửa các lỗi dưới đây trong tệp; trang tự cập nhật khi tệp được lưu.",
             "Fix the errors below in the files; this page updates as soon as they are saved.")
    }
    var brokenProgrammes: String { pick("Chương trình có lỗi", "Programmes with errors") }
    var noProgrammes: String { pick("Không có chương trình nào trong thư mục này.", "There is no programme in this folder.") }
    var notFound: String { pick("Không tìm thấy", "Not found") }
    var badRequest: String { pick("Yêu cầu không hợp lệ", "Bad request") }
    /// The heading of an error page.
    func heading(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: notFound
        case 401: pick("Cần đăng nhập", "Sign in needed")
        case 403: pick("Không được phép", "Not allowed")
        case 413: pick("Dữ liệu quá lớn", "Too large")
        case 429: pick("Thử quá nhiều lần", "Too many tries")
        case 503: pick("Tạm thời chưa vào được", "Not available")
        default: badRequest
        }
    }
    var backHome: String { pick("Về trang tổng hợp", "Back to the summary") }

    func errors(_ count: Int) -> String { pick("\(count) lỗi", count == 1 ? "1 error" : "\(count) errors") }

    func nothingDue(_ days: Int) -> String {
        pick("Không có việc nào đến hạn trong \(days) ngày tới.", "Nothing falls due in the next \(days) days.")
    }

    /// Under a target page's explanation whose lists were cut.
    func listsCut(_ limit: Int, command: String) -> String {
        pick("Mỗi danh sách chỉ hiện \(limit) mục đầu. Xem đầy đủ bằng lệnh: \(command)",
             "Each list shows its first \(limit) entries. For all of them, run: \(command)")
    }
}
