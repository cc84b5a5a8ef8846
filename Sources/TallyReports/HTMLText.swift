import Foundation
import TallyCore

/// Escaping and number helpers shared by the HTML report's parts.
enum HTML {
    /// Escapes text for HTML content and attribute values (both quote kinds), so user text shows as written.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate or percentage with at most one decimal and a dot, the same on every machine.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Coordinates far outside any drawing (a huge negative amount) are clamped, never trapped on.
        let tenths = Int((min(max(value, -1e12), 1e12) * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// A file path escaped, with a line-break opportunity after each slash so long paths wrap between folders.
    static func path(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "/", with: "/<wbr>")
    }

    /// The text with its first letter in upper case, for labels and sentence starts made from the lower-case words.
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// `part / whole` as a percentage clamped to 0...100, for bar widths.
    static func percent(_ part: Decimal, of whole: Decimal) -> Double {
        guard whole > 0 else { return part > 0 ? 100 : 0 }
        return min(100, max(0, Exact.double(part) / Exact.double(whole) * 100))
    }

    /// The status's class name, e.g. `s-on-track`.
    static func statusClass(_ status: Status) -> String { "s-" + status.rawValue }

    /// A coloured badge that gives the status in words too, so it reads without colour.
    static func badge(_ status: Status, _ words: Words) -> String {
        "<span class=\"badge \(statusClass(status))\">\(escape(words.status(status)))</span>"
    }

    /// The chip colour of members in a status: red only for missed, yellow for behind.
    static func chipKind(_ status: Status) -> String {
        switch status {
        case .missed: "bad"
        case .behind: "warn"
        case .onTrack: "ok"
        default: "wait"
        }
    }

    /// The chip colour of triggers in a state.
    static func chipKind(_ state: TriggerResult.State) -> String {
        switch state {
        case .overdue: "bad"
        case .late: "warn"
        case .pending, .inTime: "wait"
        }
    }

    /// A list of small chips, one per item, each escaped.
    static func chips(_ items: [String], kind: String = "") -> String {
        let cls = kind.isEmpty ? "chip" : "chip \(kind)"
        return items.map { "<span class=\"\(cls)\">\(escape($0))</span>" }.joined(separator: " ")
    }
}

/// The labels only the HTML report prints, in Vietnamese and English; the rest come from `Words`.
struct HTMLWords {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    var date: String { pick("Ngày", "Date") }
    var unit: String { pick("Đơn vị", "Unit") }
    var activity: String { pick("Hoạt động", "Activity") }
    var title: String { pick("Nội dung", "Title") }
    var amount: String { pick("Giá trị", "Amount") }
    var weight: String { pick("Trọng số", "Weight") }
    var targetList: String { pick("Danh mục chỉ tiêu", "Targets") }
    var burnUp: String { pick("Lũy kế theo ngày", "Cumulative value by date") }
    var periodChart: String { pick("Kết quả từng kỳ", "Value per period") }
    var memberChart: String { pick("Kết quả từng thành viên", "Value per member") }
    var triggers: String { pick("Đề nghị cần đáp ứng", "Triggers") }
    var trigger: String { pick("Đề nghị", "Trigger") }
    var due: String { pick("Hạn", "Due") }
    var answered: String { pick("Ngày đáp ứng", "Answered") }
    var reason: String { pick("Lý do", "Reason") }
    var leftOut: String { pick("Không được tính", "Left out") }
    var checked: String { pick("Đã kiểm tra", "Checked") }
    var noEvidence: String { pick("Chưa có bản ghi nào được tính.", "No record counted yet.") }
    var condition: String { pick("Chỉ tính bản ghi thỏa", "Counts records where") }
    var share: String { pick("Tỷ lệ bản ghi thỏa", "Share of records where") }
    var holds: String { pick("Thỏa", "Holds") }
    var yes: String { pick("có", "yes") }
    var no: String { pick("không", "no") }
    var counts: String { pick("Số chỉ tiêu theo tình trạng", "Targets per status") }
    var report: String { pick("Báo cáo kết quả thực hiện chương trình công tác", "Work programme compliance report") }

    /// A short label for a calendar period of an `every` target.
    func period(_ window: DateWindow, unit: PeriodUnit) -> String {
        let (_, month, day) = window.from.components
        switch unit {
        case .month: return monthName(month)
        case .quarter: return pick("Quý \((month - 1) / 3 + 1)", "Q\((month - 1) / 3 + 1)")
        case .half: return month <= 6 ? pick("6 tháng đầu", "H1") : pick("6 tháng cuối", "H2")
        case .week: return language == .vi ? "\(pad(day))/\(pad(month))" : "\(pad(month))-\(pad(day))"
        }
    }

    /// The month's short name: `T3` in Vietnamese, `Mar` in English.
    func monthName(_ month: Int) -> String {
        let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return language == .vi ? "T\(month)" : english[max(0, min(11, month - 1))]
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
