import Foundation
import Testing

/// `tally init` writes a starter programme that lints; `tally schema` prints a usable JSON Schema.
@Suite struct InitSchemaTests {
    @Test(arguments: ["vi", "en"])
    func starterProgrammeLints(_ language: String) throws {
        let folder = try TemporaryFolder()
        let run = try TallyRunner.run(["init", "p.yaml", "--lang", language, "--year", "2025"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        try folder.write("records/2025/a.yaml", "- {date: 2025-01-10, activity: conference, unit: \(language == "vi" ? "TTDV" : "SC")}\n")
        let lint = try TallyRunner.run(["lint", "p.yaml"], in: folder.url)
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stdout.contains("2 targets, 1 record in 1 file"))
        let again = try TallyRunner.run(["init", "p.yaml"], in: folder.url)
        #expect(again.status == 64, "never overwrites")
    }

    @Test func schemaDescribesEveryTopLevelKey() throws {
        let run = try TallyRunner.run(["schema"])
        #expect(run.status == 0)
        let schema = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let properties = schema["properties"] as! [String: Any]
        #expect(Set(properties.keys) == ["programme", "organisation", "period", "language", "rosters", "activities",
                                         "records", "journal", "targets", "exemptions", "rating"])
        let target = ((properties["targets"] as! [String: Any])["items"] as! [String: Any])["properties"] as! [String: Any]
        #expect(target.keys.count == 22)
        #expect(schema["additionalProperties"] as? Bool == false)
    }
}
