import Foundation
import Testing
@testable import TallyCore

/// Telling programmes from records files and templates by content, without parsing records files.
@Suite struct ProgrammeFinderTests {
    @Test func recordsFilesAreToldFromTheirFirstLines() {
        func start(_ text: String) -> ProgrammeFinder.Start { ProgrammeFinder.firstContent(Array(text.utf8)) }
        #expect(start("- date: 2024-01-01\n") == .sequence)
        #expect(start("\u{FEFF}# records\n\n-\n  date: 2024-01-01\n") == .sequence)
        #expect(start("---\n[{date: 2024-01-01}]\n") == .sequence)
        #expect(start("--- - a\n") == .sequence)
        #expect(start("%YAML 1.2\n---\nprogramme: P\n") == .other)
        #expect(start("-1: x\n") == .other)
        #expect(start("") == .empty)
    }

    @Test func programmesAreFoundBelowAFolder() throws {
        let folder = Scratch.folder("finder")
        let files = ["a.yaml": "organisation: A\nprogramme: P\n", "t.yaml": "programme: Template\n",
                     "r.yaml": "- {date: 2024-01-01, activity: x}\n", "sub/b.yml": "{organisation: B}\n",
                     "sub/.hidden.yaml": "organisation: H\n", "sub/broken.yaml": "organisation: [\n", "notes.txt": "organisation: N\n"]
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let base = folder.path
        #expect(ProgrammeFinder.programmes(in: base, recursive: false) == [base + "/a.yaml"])
        #expect(ProgrammeFinder.programmes(in: base, recursive: true) == [base + "/a.yaml", base + "/sub/b.yml", base + "/sub/broken.yaml"])
    }
}
