import TallyCore

/// The commented starter programme that `tally init` writes, in Vietnamese or English.
enum StarterProgramme {
    static func text(language: Language, year: Int) -> String {
        language == .vi ? vietnamese(year) : english(year)
    }

    static func vietnamese(_ year: Int) -> String {
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

        records: [records/\(year)/*.yaml]           # nơi ghi các hoạt động (tính từ tệp này); thêm records/\(year)/*.csv cho bảng tính

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

    static func english(_ year: Int) -> String {
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

        records: [records/\(year)/*.yaml]           # where activities are recorded (relative to this file); add records/\(year)/*.csv for spreadsheets

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
