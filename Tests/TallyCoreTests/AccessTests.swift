import Foundation
import Testing
@testable import TallyCore

/// The permission matrix: every role against reading and recording, units matched by the roster rules.
@Suite struct AccessTests {
    static let programme: Programme = {
        let centres = Roster(name: "centres", members: [
            .init(name: "Văn phòng Sở"),
            .init(id: "dvvl", name: "Trung tâm Dịch vụ việc làm", aliases: ["TTDVVL"]),
            .init(name: "Trung tâm Bảo trợ xã hội tỉnh"),
        ])
        let window = DateWindow(from: Day(year: 2024, month: 1, day: 1)!, to: Day(year: 2024, month: 12, day: 31)!)
        return Programme(title: "P", organisation: "O", period: window, rosterOrder: ["centres"], rosters: ["centres": centres])
    }()

    static let board = Account(name: "chu-tich", role: .board, programmes: ["thai-nguyen/cd-so"])
    static let boardOfAll = Account(name: "ban", role: .board)
    static let inspector = Account(name: "kiem-tra", role: .inspector)
    static let clerk = Account(name: "lan", role: .clerk, programmes: ["thai-nguyen/cd-so"], units: ["TTDVVL"])

    @Test(arguments: [
        (board, "thai-nguyen/cd-so", true), (board, "/thai-nguyen/cd-so", true), (board, "thai-nguyen/cd-so.yaml", false), (board, "thai-nguyen/other", false),
        (boardOfAll, "anything/at-all", true),
        (inspector, "thai-nguyen/cd-so", true), (inspector, "thai-nguyen/other", true),
        (clerk, "thai-nguyen/cd-so", true), (clerk, "thai-nguyen/other", false), (clerk, "thai-nguyen", false),
    ])
    func reading(account: Account, slug: String, allowed: Bool) {
        #expect(Access.mayRead(account, programme: slug) == allowed)
    }

    /// The account's slug may be typed with its extension; the served slug never loses one more
    /// (a programme stored as `cd-so.yaml.yaml` has the slug `cd-so.yaml`, not `cd-so`).
    @Test func onlyTheAccountsSlugLosesItsExtension() {
        let typed = Account(name: "lan", role: .clerk, programmes: ["thai-nguyen/cd-so.yaml"], units: ["TTDVVL"])
        #expect(Access.mayRead(typed, programme: "thai-nguyen/cd-so"))
        #expect(!Access.mayRead(typed, programme: "thai-nguyen/cd-so.yaml"))
        #expect(!Access.mayRead(Self.clerk, programme: "thai-nguyen/cd-so.yaml"))
    }

    @Test(arguments: [
        // The clerk's unit under every spelling the roster knows: id, name, alias, case, NFD, spaces.
        (clerk, "dvvl", nil), (clerk, "Trung tâm Dịch vụ việc làm", nil), (clerk, "ttdvvl", nil),
        (clerk, "trung  TÂM dịch vụ việc làm", nil),
        (clerk, "Trung tâm Dịch vụ việc làm".decomposedStringWithCanonicalMapping, nil),
        (clerk, "Văn phòng Sở", Access.Refusal.unit("Văn phòng Sở")),
        (clerk, "Trung tâm Dịch vụ", Access.Refusal.unit("Trung tâm Dịch vụ")),
        (clerk, nil, Access.Refusal.noUnit), (clerk, "  ", Access.Refusal.noUnit),
        (board, "Văn phòng Sở", nil), (board, nil, nil), (boardOfAll, "dvvl", nil),
        (inspector, "dvvl", Access.Refusal.readOnly), (inspector, nil, Access.Refusal.readOnly),
    ] as [(Account, String?, Access.Refusal?)])
    func recordingInTheirProgramme(account: Account, unit: String?, refusal: Access.Refusal?) {
        #expect(Access.refusal(account, recordingFor: unit, programme: "thai-nguyen/cd-so", Self.programme) == refusal)
    }

    /// The form marks the unit required exactly for the accounts that the refusal stops without one.
    @Test func theUnitIsRequiredWhereItsAbsenceIsRefused() {
        for account in [Self.board, Self.boardOfAll, Self.clerk] {
            let refusedWithout = Access.refusal(account, recordingFor: nil, programme: "thai-nguyen/cd-so", Self.programme) == .noUnit
            #expect(Access.mustNameUnit(account) == refusedWithout, "\(account.name)")
        }
        #expect(Access.mustNameUnit(Self.clerk) && !Access.mustNameUnit(Self.board))
    }

    @Test func nobodyButBoardsOfAllRecordsInAnotherProgramme() {
        for account in [Self.board, Self.clerk] {
            #expect(Access.refusal(account, recordingFor: "dvvl", programme: "thai-nguyen/other", Self.programme) == .programme("thai-nguyen/other"))
        }
        #expect(Access.refusal(Self.inspector, recordingFor: "dvvl", programme: "thai-nguyen/other", Self.programme) == .readOnly)
        #expect(Access.refusal(Self.boardOfAll, recordingFor: "dvvl", programme: "thai-nguyen/other", Self.programme) == nil)
    }

    @Test func theFormOffersOnlyTheUnitsOneMayRecordFor() {
        #expect(Access.recordableUnits(Self.clerk, programme: "thai-nguyen/cd-so", Self.programme) == ["Trung tâm Dịch vụ việc làm"])
        #expect(Access.recordableUnits(Self.board, programme: "thai-nguyen/cd-so", Self.programme).count == 3)
        #expect(Access.recordableUnits(Self.inspector, programme: "thai-nguyen/cd-so", Self.programme).isEmpty)
        #expect(Access.recordableUnits(Self.clerk, programme: "thai-nguyen/other", Self.programme).isEmpty)
    }

    @Test func withoutRostersUnitsAreFreeTextMatchedByName() {
        let window = DateWindow(from: Day(year: 2024, month: 1, day: 1)!, to: Day(year: 2024, month: 12, day: 31)!)
        let free = Programme(title: "P", organisation: "O", period: window)
        let clerk = Account(name: "a", role: .clerk, programmes: ["p"], units: ["Tổ Văn phòng"])
        #expect(Access.refusal(clerk, recordingFor: "tổ  văn PHÒNG", programme: "p", free) == nil)
        #expect(Access.refusal(clerk, recordingFor: "Tổ Toán", programme: "p", free) == .unit("Tổ Toán"))
        #expect(Access.recordableUnits(clerk, programme: "p", free) == ["Tổ Văn phòng"])
    }

    @Test func refusalsAreWorded() {
        #expect(Access.Refusal.unit("Văn phòng Sở").message(.vi) == "tài khoản này không được ghi hồ sơ cho đơn vị \"Văn phòng Sở\"")
        #expect(Access.Refusal.readOnly.message(.en) == "an inspector's account reads only; it records nothing")
    }

    @Test func eachRoleTakesWhatItNeeds() {
        #expect(AccountRules.problem(Account(name: "k", role: .inspector, programmes: ["p"])) == .inspectorScope)
        #expect(AccountRules.problem(Account(name: "b", role: .board, units: ["x"])) == .boardUnits)
        #expect(AccountRules.problem(Account(name: "c", role: .clerk, units: ["x"])) == .clerkWithoutProgramme)
        #expect(AccountRules.problem(Account(name: "c", role: .clerk, programmes: ["p"])) == .clerkWithoutUnit)
        #expect(AccountRules.problem(Self.clerk) == nil)
        #expect(AccountRules.problem(Self.boardOfAll) == nil)
    }
}
