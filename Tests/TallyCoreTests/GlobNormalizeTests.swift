import Foundation
import Testing
@testable import TallyCore

/// Paths are tidied on their bytes: `.` parts dropped, `..` taking back the part before it.
@Suite struct GlobNormalizeTests {
    @Test(arguments: [
        ("a/./b", "a/b"), ("a/b/../c", "a/c"), ("../a", "../a"), ("../../a/..", "../.."), ("/../a", "/a"), ("/", "/"), ("", "."),
        (".", "."), ("a/..", "."), ("a//b/", "a/b"), ("/a/b/../../..", "/"), ("Tỉnh Sơn La/../Khối Giáo dục/./x.yaml", "Khối Giáo dục/x.yaml"),
        ("a/.../b", "a/.../b"), ("a/..b/c", "a/..b/c"), ("mau/../../du-lieu/001", "../du-lieu/001"),
    ])
    func tidies(_ path: String, _ expected: String) {
        #expect(Glob.normalize(path) == expected)
    }

    @Test func resolvesBesideAFile() {
        #expect(Glob.resolve("../mau/x.yaml", besideFile: "tinh/huyen/p.yaml") == "tinh/mau/x.yaml")
        #expect(Glob.resolve("/srv/x.yaml", besideFile: "tinh/p.yaml") == "/srv/x.yaml")
        #expect(Glob.resolve("x.yaml", besideFile: "p.yaml") == "x.yaml")
    }

    /// A name of one character with no folder ("p", "x/"): Foundation's `deletingLastPathComponent`
    /// crashes on it on this toolchain; `FilePath.parent` answers "" as Foundation does for longer names.
    @Test func oneCharacterNames() {
        for path in ["p", "x/", "é", "x//", "ab", "xy/", "p.yaml"] { #expect(FilePath.parent(of: path) == "", "\(path)") }
        #expect(ProgrammeSummary.folder(of: "p") == "." && Glob.resolve("r.yaml", besideFile: "p") == "r.yaml")
    }

    /// A programme's folder, as Foundation's `deletingLastPathComponent` gives it, for every shape of path.
    @Test func folderOfAPath() {
        for path in ["a/b/c.yaml", "c.yaml", "/c.yaml", "./c.yaml", "a//c.yaml", "a/b/", "/", "", "Tỉnh Sơn La/Cụm 1/p.yaml",
                     "a/./c.yaml", "../x/p.yaml", "//p.yaml"] {
            let expected = (path as NSString).deletingLastPathComponent
            #expect(ProgrammeSummary.folder(of: path) == (expected.isEmpty ? "." : expected), "\(path)")
            #expect(FilePath.parent(of: path) == expected, "\(path)")
            #expect(Glob.resolve("r.yaml", besideFile: path) == Glob.normalize(expected.isEmpty ? "r.yaml" : expected + "/r.yaml"), "\(path)")
        }
    }
}
