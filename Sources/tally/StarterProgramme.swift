import TallyCore

/// The commented starter programme that `tally init` writes, in Vietnamese or English.
enum StarterProgramme {
    static func text(language: Language, year: Int, recordsFolder: String? = nil) -> String {
        let folder = recordsFolder ?? Self.recordsFolder(year)
        return language == .vi ? vietnamese(year, folder) : english(year, folder)
    }

    /// The records folder the starter names, relative to the programme.
    static func recordsFolder(_ year: Int) -> String { "records/\(year)" }

    /// The README that `tally init` leaves in the records folder, saying what goes there.
    static func recordsReadme(language: Language, year: Int) -> String {
        let journal = Journal.defaultName(language)
        if language == .vi {
            return """
            # Hồ sơ hoạt động năm \(year)

            Thư mục này chứa hồ sơ các hoạt động của chương trình công tác năm \(year):
            các tệp `.yaml` (mỗi hoạt động một mục, bắt đầu bằng `- date:`).

            Cách dễ nhất để ghi một hoạt động là lệnh `tally record`, ví dụ:

                tally record <tệp chương trình> --date \(year)-03-15 --activity conference --unit "Văn phòng"

            Lần ghi đầu tiên tạo tệp `\(journal)` trong thư mục này. Đầu năm thư mục còn
            trống là bình thường: `tally lint` chỉ ghi chú, không báo lỗi.

            """
        }
        return """
        # Records of \(year)

        This folder holds the records of the \(year) work programme: `.yaml` files,
        one item per activity, each starting with `- date:`.

        The easiest way to record an activity is `tally record`, for example:

            tally record <programme file> --date \(year)-03-15 --activity conference --unit "Head office"

        The first record starts the file `\(journal)` in this folder. An empty folder at
        the start of the year is normal: `tally lint` notes it, without an error.

        """
    }

    static func vietnamese(_ year: Int, _ folder: String) -> String {
        """
        # yaml-language-server: $schema=programme.schema.json
        # Chương trình công tác năm \(year). Kiểm tra: tally lint <tệp này>; báo cáo: tally check <tệp này>
        programme: Chương trình công tác công đoàn năm \(year)
        organisation: Công đoàn cơ sở ...            # tên đơn vị
        period: \(year)                               # một năm, hoặc {from: \(year)-01-01, to: \(year)-12-31}
        language: vi                                 # ngôn ngữ báo cáo: vi hoặc en

        rosters:                                     # danh sách đơn vị hoặc cán bộ
          centres:
            - Văn phòng                              # chỉ tên...
            - {id: ttdv, name: Trung tâm Dịch vụ, aliases: [TTDV]}   # ...hoặc mã, tên, tên gọi khác

        activities:                                  # các loại hoạt động: mã -> tên
          conference: Hội nghị cán bộ, công chức
          hardship-proposal: Đề xuất thăm hỏi đoàn viên khó khăn
          hardship-visit: Thăm hỏi đoàn viên khó khăn

        records: [\(folder)/*.yaml]           # nơi ghi các hoạt động (tính từ tệp này); thêm \(folder)/*.csv cho bảng tính

        targets:
          - id: conferences                          # mã chỉ tiêu: chữ thường, số, dấu -
            title: Tổ chức hội nghị cán bộ, công chức tại 100% đơn vị
            count: conference                        # đếm các hoạt động loại này
            each: centres                            # ...ở từng đơn vị trong danh sách
            by: \(year)-03-31                         # hạn chót
            weight: 2                                # trọng số khi tính điểm

          - id: hardship-visits
            title: Thăm hỏi đoàn viên khó khăn trong vòng 14 ngày kể từ khi có đề xuất
            respond: {to: hardship-proposal, with: hardship-visit, within: 14d}

        rating:                                      # xếp loại theo điểm, từ cao xuống thấp
          - {at-least: 90%, label: Hoàn thành xuất sắc nhiệm vụ}
          - {at-least: 70%, label: Hoàn thành tốt nhiệm vụ}
          - {at-least: 50%, label: Hoàn thành nhiệm vụ}
          - {label: Không hoàn thành nhiệm vụ}

        """
    }

    static func english(_ year: Int, _ folder: String) -> String {
        """
        # yaml-language-server: $schema=programme.schema.json
        # The \(year) work programme. Validate: tally lint <this file>; report: tally check <this file>
        programme: Work programme \(year)
        organisation: Grassroots union of ...        # the organisation
        period: \(year)                               # a year, or {from: \(year)-01-01, to: \(year)-12-31}
        language: en                                 # report language: vi or en

        rosters:                                     # named sets of units or people
          centres:
            - Head office                            # a name...
            - {id: svc, name: Service centre, aliases: [SC]}   # ...or an id, a name and other spellings

        activities:                                  # activity kinds: kind -> label
          conference: Staff conference
          hardship-proposal: Proposal to visit a member in hardship
          hardship-visit: Visit to a member in hardship

        records: [\(folder)/*.yaml]           # where activities are recorded (relative to this file); add \(folder)/*.csv for spreadsheets

        targets:
          - id: conferences                          # lower-case letters, digits and -
            title: Hold a staff conference in every centre
            count: conference                        # count activities of this kind
            each: centres                            # ...for every member of the roster
            by: \(year)-03-31                         # the deadline
            weight: 2                                # weight in the score

          - id: hardship-visits
            title: Visit members in hardship within 14 days of each proposal
            respond: {to: hardship-proposal, with: hardship-visit, within: 14d}

        rating:                                      # bands on the score, best first
          - {at-least: 90%, label: Excellent}
          - {at-least: 70%, label: Good}
          - {at-least: 50%, label: Satisfactory}
          - {label: Unsatisfactory}

        """
    }
}
