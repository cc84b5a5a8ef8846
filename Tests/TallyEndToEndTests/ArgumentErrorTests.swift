import Foundation
import Testing

/// Mistakes in a command's own arguments come from the catalogue like every diagnostic: a code,
/// the message and the fix, in `--lang`, else the locale (there is no programme yet), and exit
/// status 64, swift-argument-parser's own for argument errors (FORMAT.md section 7).
@Suite struct ArgumentErrorTests {
    static let thaiNguyen = "programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml"

    @Test func anImpossibleAsOfDateInEitherLanguage() throws {
        let english = try TallyRunner.run(["check", Self.thaiNguyen, "--as-of", "2024-02-30"])
        #expect(english.status == 64)
        #expect(english.stdout.isEmpty)
        #expect(english.stderr == """
        error[impossible-date]: --as-of 2024-02-30 is not a real date: month 2 of 2024 has 29 days
          fix: write a date that exists, as YYYY-MM-DD or D/M/YYYY

        """)
        let vietnamese = try TallyRunner.run(["check", Self.thaiNguyen, "--as-of", "2024-02-30", "--lang", "vi"])
        #expect(vietnamese.status == 64)
        #expect(vietnamese.stderr == """
        lỗi[impossible-date]: --as-of 2024-02-30 không phải ngày có thật: tháng 2 năm 2024 chỉ có 29 ngày
          cách sửa: viết một ngày có thật, dạng YYYY-MM-DD hoặc D/M/YYYY

        """)
        let locale = try TallyRunner.run(["check", Self.thaiNguyen, "--as-of", "2024-02-30"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(locale.stderr == vietnamese.stderr, "without --lang, the locale decides")
    }

    @Test func usersAndDirTogetherInEitherLanguage() throws {
        let english = try TallyRunner.run(["user", "list", "--users", "u.yaml", "--dir", "."])
        #expect(english.status == 64)
        #expect(english.stderr == """
        error[users-and-dir]: --users and --dir both say where the users file is
          fix: give --users FILE or --dir DIR, not both

        """)
        let vietnamese = try TallyRunner.run(["user", "list", "--users", "u.yaml", "--dir", ".", "--lang", "vi"])
        #expect(vietnamese.status == 64)
        #expect(vietnamese.stderr == """
        lỗi[users-and-dir]: --users và --dir cùng chỉ chỗ để tệp tài khoản
          cách sửa: chỉ ghi một trong hai: --users TỆP hoặc --dir THƯ_MỤC

        """)
    }

    @Test func aFolderWithoutProgrammesIsRefusedByRemindToo() throws {
        let folder = try TemporaryFolder()
        try folder.write("records/2024.yaml", "- {date: 2024-03-12, activity: conference}\n")
        let run = try TallyRunner.run(["remind", "records", "--lang", "vi"], in: folder.url)
        #expect(run.status == 64)
        #expect(run.stderr == """
        lỗi[no-programmes-found]: không tìm thấy tệp chương trình .yaml nào trong records
          cách sửa: ghi tên một tệp chương trình, hoặc thư mục có chứa chương trình; thêm --recursive để tìm cả trong các thư mục con

        """)
    }

    /// A roll-up alone walks the folders as it checks them: finding nothing is still refused
    /// before any report is written.
    @Test(arguments: [["--summary"], ["--format", "csv", "--recursive"], ["--summary", "--format", "json"]])
    func aFolderWithoutProgrammesIsRefusedByARollUpAlone(options: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("records/2024.yaml", "- {date: 2024-03-12, activity: conference}\n")
        let run = try TallyRunner.run(["check", "records"] + options, in: folder.url)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("error[no-programmes-found]: no programme .yaml file was found in records\n"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aPortOutOfRangeFollowsTheLocale() throws {
        let run = try TallyRunner.run(["serve", "programmes", "--port", "70000"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(run.status == 64)
        #expect(run.stderr == """
        lỗi[port-out-of-range]: --port phải từ 0 đến 65535, không phải 70000
          cách sửa: bỏ trống để dùng cổng 8080, hoặc ghi 0 để máy tự chọn một cổng còn trống

        """)
    }

    @Test func tallyUserSpeaksTheLanguageAsked() throws {
        let folder = try TemporaryFolder()
        let users = folder.url.appendingPathComponent("users.yaml").path
        let run = try TallyRunner.run(["user", "list", "--users", users, "--lang", "vi"])
        #expect(run.status == 0)
        #expect(run.stderr == "chưa có tài khoản nào trong \(users): thêm bằng `tally user add TÊN --role VAI_TRÒ`\n")
        let added = try TallyRunner.run(["user", "add", "lan", "--role", "clerk", "--programme", "cd/so", "--unit", "dvvl", "--password-stdin",
                                         "--users", users, "--lang", "vi"], input: "mot cau dai de nho\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "đã thêm clerk lan vào \(users)\n")
        let listed = try TallyRunner.run(["user", "list", "--users", users, "--lang", "vi"])
        #expect(listed.stdout == "lan\tclerk\tchương trình: cd/so\tđơn vị: dvvl\tmật khẩu: có\tmã API: không\n")
        let english = try TallyRunner.run(["user", "list", "--users", users])
        #expect(english.stdout == "lan\tclerk\tprogrammes: cd/so\tunits: dvvl\tpassword: yes\ttoken: no\n")
        let refused = try TallyRunner.run(["user", "remove", "nam", "--users", users, "--lang", "vi"], environment: ["LANG": "en_US.UTF-8"])
        #expect(refused.status == 2)
        #expect(refused.stderr == """
        lỗi[unknown-user]: không có tài khoản tên "nam"
          cách sửa: có phải là "lan" không?

        """)
    }
}
