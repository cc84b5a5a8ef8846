import TallyCore

/// The words of the inspectors' roll-up (FORMAT.md section 9), in Vietnamese and English.
struct RollUpWords: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    var folder: String { pick("Thư mục", "Folder") }
    var folders: String { pick("Theo thư mục", "By folder") }
    var byTarget: String { pick("Theo chỉ tiêu", "By target") }
    var programmes: String { pick("Số đơn vị", "Programmes") }
    var missedBy: String { pick("Đơn vị không đạt", "Missed by") }
    var behindBy: String { pick("Đơn vị chậm tiến độ", "Behind") }
    var matrix: String { pick("Bảng đơn vị × chỉ tiêu", "Organisations × targets") }
    var legend: String { pick("Chú giải", "Legend") }
    var absent: String { pick("không có chỉ tiêu này", "not a target of this programme") }
    /// Under a matrix that shows only the first organisations of a large roll-up.
    /// The counts at the top of each column stay those of every programme.
    func matrixMore(shown: Int, hidden: Int, byName: Bool) -> String {
        pick("Bảng chỉ gồm \(shown) đơn vị đầu (\(byName ? "theo tên" : "kém nhất trước")) và các chỉ tiêu của họ; còn \(hidden) đơn vị nữa: bảng tổng hợp ở trên và --format csv có đủ mọi đơn vị. Số đếm đầu mỗi cột tính trên tất cả \(shown + hidden) đơn vị.",
             "The matrix shows the first \(shown) organisations (\(byName ? "by name" : "worst first")) and their targets; \(hidden) more \(hidden == 1 ? "is" : "are") in the summary table above, and --format csv has every one. The counts at the top of each column are for all \(shown + hidden).")
    }
    var file: String { pick("Tệp chương trình", "Programme file") }
    var total: String { pick("Tổng", "Total") }
}
