import Foundation
import TallyCore

/// Every word a report prints, in Vietnamese and English, so no output mixes languages.
public struct Words: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    public func status(_ status: Status) -> String {
        switch status {
        case .upcoming: pick("chưa đến hạn", "upcoming")
        case .met: pick("đạt", "met")
        case .onTrack: pick("đúng tiến độ", "on track")
        case .behind: pick("chậm tiến độ", "behind")
        case .missed: pick("không đạt", "missed")
        case .exempt: pick("được miễn", "exempt")
        }
    }

    public func verdict(_ verdict: Verdict) -> String {
        switch verdict {
        case .compliant: pick("đạt yêu cầu", "compliant")
        case .atRisk: pick("có nguy cơ không đạt", "at risk")
        case .nonCompliant: pick("không đạt yêu cầu", "non-compliant")
        }
    }

    /// The verdict while the period has not ended (v1.1): what stands so far, not a judgement on the year.
    public func verdictSoFar(_ verdict: Verdict) -> String {
        switch verdict {
        case .compliant: pick("đến nay đạt yêu cầu", "compliant so far")
        case .atRisk: pick("đến nay có chỉ tiêu chậm tiến độ", "a target is behind so far")
        case .nonCompliant: pick("đến nay có chỉ tiêu không đạt", "a target is missed so far")
        }
    }

    public func trigger(_ state: TriggerResult.State) -> String {
        switch state {
        case .inTime: pick("kịp thời", "in time")
        case .late: pick("muộn", "late")
        case .pending: pick("đang chờ", "pending")
        case .overdue: pick("quá hạn", "overdue")
        }
    }

    public var asOf: String { pick("tính đến ngày", "as of") }
    public var verdictLabel: String { pick("Kết luận", "Verdict") }
    public var score: String { pick("Điểm", "Score") }
    public var rating: String { pick("Xếp loại", "Rating") }
    public var target: String { pick("Chỉ tiêu", "Target") }
    public var statusLabel: String { pick("Tình trạng", "Status") }
    public var value: String { pick("Kết quả", "Value") }
    public var required: String { pick("Yêu cầu", "Required") }
    public var missing: String { pick("còn thiếu", "missing") }
    public var missingHeader: String { pick("Còn thiếu", "Missing") }
    public var overdue: String { pick("quá hạn", "overdue") }
    public var pending: String { pick("đang chờ", "pending") }
    public var late: String { pick("trả lời muộn", "answered late") }
    public var members: String { pick("thành viên", "members") }
    public var periods: String { pick("kỳ", "periods") }
    public var records: String { pick("bản ghi", "records") }
    /// "record" or "records" for a count (Vietnamese has one form).
    public func records(_ count: Int) -> String { pick("bản ghi", count == 1 ? "record" : "records") }
    public var pace: String { pick("tiến độ cần đạt", "pace") }
    public var window: String { pick("Thời hạn", "Window") }
    public var owner: String { pick("Phụ trách", "Owner") }
    public var evidence: String { pick("Minh chứng", "Evidence") }
    public var exemption: String { pick("Miễn", "Exemption") }
    public var exemptions: String { pick("Các trường hợp được miễn", "Exemptions") }
    public var expired: String { pick("đã hết hạn", "expired") }
    public var approvedBy: String { pick("duyệt bởi", "approved by") }
    public var until: String { pick("đến ngày", "until") }
    public var wholeTarget: String { pick("cả chỉ tiêu", "whole target") }
    public var reason: String { pick("lý do", "reason") }
    public var milestone: String { pick("mốc", "milestone") }
    public var milestones: String { pick("Các mốc", "Milestones") }
    public var reached: String { pick("đạt", "reached") }
    public var missedWord: String { pick("không đạt", "missed") }
    public var upcomingWord: String { pick("chưa đến", "upcoming") }
    public var nothingToMeasure: String { pick("chưa có gì để đo: coi như 100%, không có gì bị bỏ sót", "nothing to measure yet: counted as 100%, nothing was missed") }
    public var summary: String { pick("Tổng hợp", "Summary") }
    public var organisation: String { pick("Đơn vị", "Organisation") }
    public var programme: String { pick("Chương trình", "Programme") }
    public var targets: String { pick("chỉ tiêu", "targets") }
    public var atMost: String { pick("tối đa", "at most") }
    public var from: String { pick("từ", "from") }
    public var to: String { pick("đến", "to") }
    public var file: String { pick("Tệp", "File") }
    public var line: String { pick("dòng", "line") }
    public var details: String { pick("Chi tiết", "Details") }
    public var notYet: String { pick("chưa đạt", "not met yet") }
    public var leftOut: String { pick("không được tính", "left out") }
    public var provisional: String { pick("tạm tính", "provisional") }
    public var projected: String { pick("Dự kiến", "Projected") }
    public var projectedRating: String { pick("Xếp loại dự kiến", "Projected rating") }
    public var projectedHow: String { pick("tính cả chỉ tiêu đạt và đúng tiến độ", "met and on-track targets") }
    /// "and 3 more" after the first items of a long list.
    public func more(_ count: Int, _ style: NumberStyle) -> String {
        pick("và \(style.number(Decimal(count))) mục khác", "and \(style.number(Decimal(count))) more")
    }
    /// The small mark on a target that comes from a template.
    public var fromTemplate: String { pick("mẫu", "template") }
    public var noRating: String { pick("(không xếp loại)", "(no rating)") }
}
