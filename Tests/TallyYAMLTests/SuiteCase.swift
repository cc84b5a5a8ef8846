import Foundation

/// One case of the YAML test suite: its input, expected events and, when given, expected JSON.
///
/// The suite's data lives outside the package, at `../shared/yaml-test-suite`
/// from the package root; it is never copied into the project.
struct SuiteCase: Sendable, CustomStringConvertible {
    /// The case id, with its sub-folder for multi-part cases (`SM9W/01`).
    let id: String
    /// The case's title, from its `===` file.
    let name: String
    /// The raw bytes of `in.yaml`.
    let yaml: [UInt8]
    /// The content of `test.event`, one event per line.
    let events: [String]
    /// The content of `in.json`, when the case has one.
    let json: String?
    /// Whether the case has an `error` file: the input is not valid YAML.
    let isError: Bool

    var description: String { "\(id) (\(name))" }

    /// The package root, three levels above this file (`Tests/TallyYAMLTests/SuiteCase.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where the suite's data is expected: `shared/` beside the package.
    static let suiteFolder = packageRoot.appendingPathComponent("../shared/yaml-test-suite").standardizedFileURL

    /// Whether the suite's data is present, so the conformance tests can run.
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: suiteFolder.appendingPathComponent("README.md").path)
    }

    /// Every case of the suite, sorted by id; empty when the data is missing.
    static let all: [SuiteCase] = load(from: suiteFolder)

    /// Reads every case folder under `root`, descending one level into numbered sub-folders.
    static func load(from root: URL) -> [SuiteCase] {
        let manager = FileManager.default
        guard let ids = try? manager.contentsOfDirectory(atPath: root.path) else { return [] }
        var cases: [SuiteCase] = []
        for id in ids.sorted() {
            let folder = root.appendingPathComponent(id)
            if manager.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                cases.append(SuiteCase(id: id, folder: folder))
            } else if let parts = try? manager.contentsOfDirectory(atPath: folder.path) {
                for part in parts.sorted() where manager.fileExists(atPath: folder.appendingPathComponent(part + "/in.yaml").path) {
                    cases.append(SuiteCase(id: id + "/" + part, folder: folder.appendingPathComponent(part)))
                }
            }
        }
        return cases
    }

    private init(id: String, folder: URL) {
        func text(_ file: String) -> String? {
            (try? Data(contentsOf: folder.appendingPathComponent(file))).map { String(decoding: $0, as: UTF8.self) }
        }
        self.id = id
        name = text("===")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
        yaml = (try? Data(contentsOf: folder.appendingPathComponent("in.yaml"))).map { [UInt8]($0) } ?? []
        events = (text("test.event") ?? "").split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        json = text("in.json")
        isError = FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path)
    }
}
