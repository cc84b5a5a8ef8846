/// Recognises files that are not UTF-8 text at all (UTF-16, images, spreadsheets, PDFs), from
/// their first bytes, so the message can say what the file is rather than "invalid UTF-8".
public enum FileSniffer {
    /// The error for a file that is not text, at its start and without an excerpt; nil for plausible text.
    public static func refusal(_ head: [UInt8]) -> YAMLError? {
        guard let (message, fix) = problem(head) else { return nil }
        var error = YAMLError(message, at: Mark(line: 1, column: 1), fix: fix)
        error.showsExcerpt = false
        return error
    }

    /// A description of what the file looks like and how to fix it, or nil for plausible text.
    public static func problem(_ head: [UInt8]) -> (message: String, fix: String)? {
        func starts(_ prefix: [UInt8]) -> Bool { head.starts(with: prefix) }
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) {
            return ("the file is saved as UTF-16, not UTF-8", "save it again with the encoding UTF-8 (in Excel: \"CSV UTF-8\")")
        }
        let kinds: [([UInt8], String, String)] = [
            ([0x50, 0x4B, 0x03, 0x04], "an Excel workbook or another ZIP archive", "in Excel, use File > Save As > \"CSV UTF-8 (Comma delimited)\" and name the .csv file"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Excel or Word file", "in Excel, use File > Save As > \"CSV UTF-8 (Comma delimited)\""),
            ([0x25, 0x50, 0x44, 0x46], "a PDF document", "PDF files are evidence: name them under evidence: in a record"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image", "images are evidence: name them under evidence: in a record"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image", "images are evidence: name them under evidence: in a record"),
        ]
        for (magic, kind, fix) in kinds where starts(magic) {
            return ("this is not a text file: it looks like \(kind)", fix)
        }
        if head.prefix(512).contains(0) {
            return ("this is not a text file (it contains NUL bytes)", "check that this is the right file; programmes and records are UTF-8 text")
        }
        return nil
    }
}
