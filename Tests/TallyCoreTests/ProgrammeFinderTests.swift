import Foundation
import Testing
@testable import TallyCore
import TallyYAML

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

    /// Only a key of the top-level mapping makes a programme; a file that cannot be parsed counts,
    /// so that its errors are reported.
    @Test func onlyATopLevelOrganisationKeyMakesAProgramme() {
        func names(_ text: String) -> Bool { ProgrammeFinder.namesOrganisation(SourceFile(path: "p.yaml", bytes: Array(text.utf8))) }
        #expect(names("programme: P\nrosters:\n  u: [a, {organisation: b}]\norganisation: A\n"))
        #expect(names("{organisation: B}\n"))
        #expect(names("\"organisation\": C\n"))
        #expect(!names("programme: P\ntargets:\n  - {id: t, organisation: x}\n"))
        #expect(!names("title: organisation\nowner: organisation\n"))
        #expect(!names("? [complex]\n: organisation\nprogramme: P\n"))
        #expect(!names("organisation\n"))
        #expect(!names("- organisation: A\n"))
        #expect(names("programme: P\ntargets: [\n"))
        #expect(names("organisation: A\nprogramme: [\n"), "found before the error")
    }

    /// The shortcut over plain first lines says yes only where libyaml's events say so too, and
    /// leaves every other head (quotes, flows, block scalars, indentation, documents) to them.
    @Test func plainFirstLinesNameOrganisationAsLibyamlDoes() {
        func plain(_ text: String) -> Bool { ProgrammeFinder.plainKeysNameOrganisation(Array(text.utf8)) }
        func names(_ text: String) -> Bool { ProgrammeFinder.namesOrganisation(SourceFile(path: "p.yaml", bytes: Array(text.utf8))) }
        let found = ["# Chương trình\nextends: ../mau/a.yaml\norganisation: Công đoàn A\n", "\u{FEFF}organisation: A\r\nx: y\r\n",
                     "title: T\n\nlanguage: vi\norganisation:\n  B\n", "a_b-1: 2024-01-01\norganisation: A\n"]
        for text in found { #expect(plain(text) && names(text), "\(text)") }
        let leftToLibyaml = ["title: |\n  x\norganisation: A\n", "title: \"a\norganisation: b\"\n", "t: {a: 1,\norganisation: b}\n",
                             "---\norganisation: A\n", "rosters:\n  organisation: x\n", " organisation: A\n", "organisation_x: A\n",
                             "t: 'a\norganisation: b'\n", "t: &a x\norganisation: A\n", "programme: P # c\norganisation: A\n",
                             "organisation: A", "t: [\norganisation: A\n", "title: T\n"]
        for text in leftToLibyaml { #expect(!plain(text), "\(text)") }
        // Whatever the shortcut says yes to, libyaml's events say yes to as well.
        for text in found + leftToLibyaml where plain(text) { #expect(names(text)) }
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

    @Test func linksCountAsWhatTheyPointToAndHiddenFoldersAreSkipped() throws {
        let folder = Scratch.folder("finder-links")
        let files = ["real/c.yaml": "organisation: C\n", ".hidden/d.yaml": "organisation: D\n", "z.yaml": "organisation: Z\n"]
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let base = folder.path
        try FileManager.default.createSymbolicLink(atPath: base + "/linked", withDestinationPath: base + "/real")
        try FileManager.default.createSymbolicLink(atPath: base + "/a-link.yaml", withDestinationPath: base + "/z.yaml")
        try FileManager.default.createSymbolicLink(atPath: base + "/dangling.yaml", withDestinationPath: base + "/nowhere.yaml")
        #expect(ProgrammeFinder.programmes(in: base, recursive: false) == [base + "/a-link.yaml", base + "/z.yaml"])
        #expect(ProgrammeFinder.programmes(in: base, recursive: true) == [base + "/a-link.yaml", base + "/z.yaml", base + "/linked/c.yaml", base + "/real/c.yaml"])
        #expect(ProgrammeFinder.programmes(in: base + "/missing", recursive: true).isEmpty)
    }

    /// A link back to a folder the walk is inside is not followed again: the programme counts once.
    @Test func aLinkBackUpTheTreeIsReadOnce() throws {
        let folder = Scratch.folder("finder-loop")
        let base = folder.path
        try FileManager.default.createDirectory(atPath: base + "/a/b", withIntermediateDirectories: true)
        try Data("organisation: A\n".utf8).write(to: URL(fileURLWithPath: base + "/a/p.yaml"))
        try Data("organisation: B\n".utf8).write(to: URL(fileURLWithPath: base + "/a/b/q.yaml"))
        try FileManager.default.createSymbolicLink(atPath: base + "/a/b/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: base + "/a/self", withDestinationPath: ".")
        #expect(ProgrammeFinder.programmes(in: base, recursive: true) == [base + "/a/p.yaml", base + "/a/b/q.yaml"])
    }

    /// Walked a slice at a time, a tree gives the programmes in the same order as listed whole.
    @Test func aWalkInSlicesKeepsTheOrder() throws {
        let folder = Scratch.folder("finder-slices")
        let base = folder.path
        for name in ["z/1.yaml", "a/2.yaml", "a/b/3.yaml", "a/b/c/4.yaml", "a/b2/5.yaml", "6.yaml", "7.yaml", "a/records.yaml"] {
            let url = URL(fileURLWithPath: base + "/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((name.hasSuffix("records.yaml") ? "- {date: 2024-01-01}\n" : "organisation: \(name)\n").utf8).write(to: url)
        }
        let expected = ["6.yaml", "7.yaml", "a/2.yaml", "a/b/3.yaml", "a/b/c/4.yaml", "a/b2/5.yaml", "z/1.yaml"].map { base + "/" + $0 }
        for size in [1, 2, 3, 100] {
            var walk = ProgrammeWalk(base, recursive: true)
            var found: [String] = []
            while let slice = walk.next(upTo: size) {
                #expect(slice.count <= size)
                found += slice
            }
            #expect(found == expected, "slices of \(size)")
        }
    }
}
