import Foundation
import Testing

/// `tally errors` and `tally errors CODE`, in the chosen language, and the language rule end to end.
@Suite struct ErrorsCommandTests {
    @Test func listsEveryCodeWithOneLine() throws {
        let run = try TallyRunner.run(["errors"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count >= 100)
        #expect(lines.contains { $0.hasPrefix("impossible-date ") && $0.hasSuffix("a date that does not exist") })
        let vi = try TallyRunner.run(["errors", "--lang", "vi"])
        #expect(vi.stdout.split(separator: "\n").contains { $0.hasPrefix("impossible-date ") && $0.hasSuffix("ngày không có thật") })
    }

    @Test func explainsEveryCodeItLists() throws {
        let codes = try TallyRunner.run(["errors"]).stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        for code in codes.prefix(200) {
            let run = try TallyRunner.run(["errors", code])
            #expect(run.status == 0 && run.stdout.hasPrefix(code + " (") && run.stdout.contains("How to fix it:"), "\(code): \(run.stderr)")
        }
    }

    @Test func theLocaleChoosesWhenNothingElseDoes() throws {
        let vi = try TallyRunner.run(["errors", "duplicate-key"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(vi.stdout.hasPrefix("duplicate-key (lỗi): một mục được viết hai lần"))
        let over = try TallyRunner.run(["errors", "duplicate-key"], environment: ["LANG": "vi_VN.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(over.stdout.hasPrefix("duplicate-key (error): "), "LC_ALL comes first")
        let flag = try TallyRunner.run(["errors", "duplicate-key", "--lang", "en"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(flag.stdout.hasPrefix("duplicate-key (error): "), "--lang comes before the locale")
    }

    @Test func anUnknownCodeSuggestsTheNearest() throws {
        let run = try TallyRunner.run(["errors", "impossible-dat"])
        #expect(run.status == 64)
        #expect(run.stderr == "error[unknown-code]: there is no code \"impossible-dat\"\n  fix: did you mean \"impossible-date\"?\n")
        let vi = try TallyRunner.run(["errors", "zzzz", "--lang", "vi"])
        #expect(vi.status == 64)
        #expect(vi.stderr == "lỗi[unknown-code]: không có mã lỗi \"zzzz\"\n  cách sửa: `tally errors` liệt kê mọi mã lỗi\n")
    }
}
