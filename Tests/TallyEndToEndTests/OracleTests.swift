import Foundation
import Testing

/// Checks `tally check --format json` on the programmes in `programmes/` against expectations
/// computed by hand from FORMAT.md (Tests/Oracle), field by field.
@Suite struct OracleTests {
    static let cases: [String] = {
        let folder = TallyRunner.root.appendingPathComponent("Tests/Oracle")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test func oracleFilesExist() {
        #expect(Self.cases.count == 5)
    }

    @Test(arguments: cases)
    func matchesHandComputedResults(_ name: String) throws {
        let oracle = try JSONSerialization.jsonObject(with: Data(contentsOf: TallyRunner.root.appendingPathComponent("Tests/Oracle/\(name)"))) as! [String: Any]
        let parts = name.dropLast(5).split(separator: "@")
        let run = try TallyRunner.run(["check", "programmes/\(parts[0]).yaml", "--as-of", String(parts[1]), "--format", "json"])
        let expectedExit: Int32 = (oracle["verdict"] as! String) == "non-compliant" ? 1 : 0
        #expect(run.status == expectedExit, "\(run.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let report = (document["programmes"] as! [[String: Any]])[0]
        #expect(report["verdict"] as? String == oracle["verdict"] as? String)
        #expect(report["rating"] as? String == oracle["rating"] as? String)
        #expect(report["asOf"] as? String == String(parts[1]))
        #expect(abs((report["score"] as! Double) - (oracle["score"] as! Double)) < 1e-9)
        // v1.1: provisional until the period has ended, with the projected score (met + on-track) and its band.
        #expect(report["provisional"] as? Bool == oracle["provisional"] as? Bool, "\(oracle["projectedWhy"] ?? "")")
        #expect(abs((report["projectedScore"] as! Double) - (oracle["projectedScore"] as! Double)) < 1e-9, "\(oracle["projectedWhy"] ?? "")")
        #expect(report["projectedRating"] as? String == oracle["projectedRating"] as? String, "\(oracle["projectedWhy"] ?? "")")
        let targets = Dictionary(uniqueKeysWithValues: (report["targets"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        for expected in oracle["targets"] as! [[String: Any]] {
            let id = expected["id"] as! String
            let actual = try #require(targets[id], "target \(id) missing from the report")
            #expect(actual["status"] as? String == expected["status"] as? String, "\(id): \(expected["why"] ?? "")")
            for list in ["missing", "overdue", "pending"] {
                #expect(actual[list] as? [String] == (expected[list] as? [String] ?? []), "\(id).\(list)")
            }
            #expect(actual["window"] as? [String: String] == expected["window"] as? [String: String], "\(id).window")
            let status = expected["status"] as! String
            if status != "exempt" && status != "upcoming" {
                for field in ["value", "required"] {
                    let got = actual[field] as! Double, want = expected[field] as! Double
                    #expect(abs(got - want) < 1e-6, "\(id).\(field): got \(got), want \(want); \(expected["why"] ?? "")")
                }
            }
        }
    }
}
