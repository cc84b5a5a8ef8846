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
        #expect(lint.stdout.contains(language == "vi" ? "2 chỉ tiêu, 1 bản ghi trong 1 tệp" : "2 targets, 1 record in 1 file"))
        let again = try TallyRunner.run(["init", "p.yaml"], in: folder.url)
        #expect(again.status == 64, "never overwrites")
    }

    @Test func schemaDescribesEveryTopLevelKey() throws {
        let schema = try Self.schema()
        let properties = schema["properties"] as! [String: Any]
        #expect(Set(properties.keys) == ["programme", "organisation", "period", "language", "rosters", "activities",
                                         "records", "journal", "targets", "exemptions", "rating", "extends", "override"])
        #expect(schema["additionalProperties"] as? Bool == false)
        let target = Self.items(properties["targets"])
        #expect((target["required"] as? [String]) == ["id", "title"])
        #expect((target["properties"] as? [String: Any])?["at-least"] != nil)
    }

    /// The starter `tally init` writes uses only keys of the one table (AllowedKeys) that the
    /// loaders check and the schema is generated from: its top-level keys and its targets' keys.
    @Test(arguments: ["vi", "en"])
    func starterUsesOnlyKnownKeys(_ language: String) throws {
        let folder = try TemporaryFolder()
        let run = try TallyRunner.run(["init", "p.yaml", "--lang", language, "--year", "2025"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.url.appendingPathComponent("p.yaml"), encoding: .utf8)
        let properties = try Self.schema()["properties"] as! [String: Any]
        let targetKeys = Set((Self.items(properties["targets"])["properties"] as! [String: Any]).keys)
        var top: [String] = [], inTargets: [String] = [], section = ""
        for line in text.split(separator: "\n").map(String.init) where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            let code = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
            if let key = Self.key(code, indent: 0) { top.append(key); section = key; continue }
            guard section == "targets" else { continue }
            if let key = Self.key(code, indent: 4) ?? Self.key(code.replacingOccurrences(of: "  - ", with: "    "), indent: 4) { inTargets.append(key) }
        }
        #expect(top.count >= 8 && inTargets.count >= 6, "found \(top) and \(inTargets)")
        #expect(Set(top).subtracting(properties.keys).isEmpty, "unknown programme keys in the starter: \(Set(top).subtracting(properties.keys))")
        #expect(Set(inTargets).subtracting(targetKeys).isEmpty, "unknown target keys in the starter: \(Set(inTargets).subtracting(targetKeys))")
    }

    /// The key of a block-mapping line indented by exactly `indent` spaces.
    static func key(_ line: String, indent: Int) -> String? {
        guard line.prefix(indent).allSatisfy({ $0 == " " }), let first = line.dropFirst(indent).first, first.isLetter,
              let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[line.index(line.startIndex, offsetBy: indent)..<colon])
    }

    static func schema() throws -> [String: Any] {
        let run = try TallyRunner.run(["schema"])
        #expect(run.status == 0)
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
    }

    static func items(_ property: Any?) -> [String: Any] {
        ((property as? [String: Any])?["items"] as? [String: Any]) ?? [:]
    }
}
