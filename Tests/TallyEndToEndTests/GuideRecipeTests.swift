import Foundation
import Testing

/// The secretary's recipes in docs/guide.md (section 5.5) are real: each target is copied
/// verbatim from a fixture programme that this test runs against records with known answers.
@Suite struct GuideRecipeTests {
    static let programme = "Tests/Fixtures/guide-recipes/chuong-trinh.yaml"

    @Test func recipesGiveTheAnswersWorkedOutByHand() throws {
        let run = try TallyRunner.run(["check", Self.programme, "--as-of", "2026-01-01", "--format", "json"])
        #expect(run.status == 1, "\(run.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let targets = (document["programmes"] as! [[String: Any]])[0]["targets"] as! [[String: Any]]
        var found: [String: (String, Double, Double)] = [:]
        for target in targets { found[target["id"] as! String] = (target["status"] as! String, target["value"] as! Double, target["required"] as! Double) }
        // Khoa Nội: 50% of 4 = 2 people (An donated twice, counted once); Khoa Ngoại: 50% of 2 = 1.
        #expect(found["blood-donation"]! == ("met", 2, 2))
        // Khoa Nội: 30% of 4 = 1.2, rounded up to 2, and only 1 took part; Khoa Ngoại: 30% of 2 rounds up to 1.
        #expect(found["resolution-study"]! == ("missed", 1, 2))
        #expect(found["hardship-visits"]! == ("met", 100, 100), "visited 4 days after the proposal, within 7")
        #expect(found["financial-violations"]! == ("met", 0, 0), "the inspection found 0 violations")
        #expect(found["ec-meetings"]! == ("missed", 2, 4), "meetings in Q1 and Q2 only")
        let donors = (targets[0]["members"] as! [[String: Any]]).map { ($0["name"] as! String, $0["value"] as! Double) }
        #expect(donors.map(\.0) == ["Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp"])
        #expect(donors.map(\.1) == [2, 1])
    }

    @Test(arguments: ["docs/guide.md"])
    func theGuideShowsTheTargetsThatRun(_ guide: String) throws {
        let text = try String(contentsOf: TallyRunner.root.appendingPathComponent(guide), encoding: .utf8)
        let programme = try String(contentsOf: TallyRunner.root.appendingPathComponent(Self.programme), encoding: .utf8)
        let blocks = programme.components(separatedBy: "\n  - id: ").dropFirst().map { "  - id: " + $0.trimmingCharacters(in: .newlines) }
        #expect(blocks.count == 5)
        for block in blocks { #expect(text.contains(block), "the guide shows \(block.prefix(40))… verbatim") }
    }
}
