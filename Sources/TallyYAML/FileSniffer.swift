/// Recognises files that are not UTF-8 text at all (UTF-16, images, spreadsheets, PDFs), from
/// their first bytes, so the message can say what the file is rather than "invalid UTF-8".
public enum FileSniffer {
    /// The error for a file that is not text, at its start and without an excerpt; nil for plausible text.
    public static func refusal(_ head: [UInt8]) -> YAMLError? {
        guard let (code, kind) = problem(head) else { return nil }
        var error = YAMLError(code, kind.map { ["kind": $0] } ?? [:], at: Mark(line: 1, column: 1))
        error.showsExcerpt = false
        return error
    }

    /// The catalogue code for what the file looks like (and its kind, when named), or nil for plausible text.
    static func problem(_ head: [UInt8]) -> (code: String, kind: String?)? {
        func starts(_ prefix: [UInt8]) -> Bool { head.starts(with: prefix) }
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) || looksLikeUTF16(head) { return ("utf16-file", nil) }
        let kinds: [([UInt8], String, String)] = [
            ([0x50, 0x4B, 0x03, 0x04], "spreadsheet-file", "Excel (.xlsx), ZIP"),
            ([0xD0, 0xCF, 0x11, 0xE0], "spreadsheet-file", "Excel 97-2003 (.xls), Word (.doc)"),
            ([0x25, 0x50, 0x44, 0x46], "evidence-file", "PDF"),
            ([0x89, 0x50, 0x4E, 0x47], "evidence-file", "PNG"),
            ([0xFF, 0xD8, 0xFF], "evidence-file", "JPEG"),
        ]
        for (magic, code, kind) in kinds where starts(magic) { return (code, kind) }
        if head.prefix(512).contains(0) { return ("binary-file", nil) }
        return nil
    }

    /// UTF-16 text without a byte-order mark (Excel's "Unicode Text" can save it so): in the first
    /// 64 bytes, at least three quarters of the even or of the odd bytes are zero.
    static func looksLikeUTF16(_ head: [UInt8]) -> Bool {
        let window = head.prefix(64)
        guard window.count >= 8 else { return false }
        let even = stride(from: 0, to: window.count, by: 2).filter { window[$0] == 0 }.count
        let odd = stride(from: 1, to: window.count, by: 2).filter { window[$0] == 0 }.count
        let half = window.count / 2
        return even * 4 >= half * 3 || odd * 4 >= half * 3
    }
}
