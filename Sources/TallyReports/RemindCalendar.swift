import Foundation
import TallyCore

/// Reminders as an RFC 5545 calendar of to-dos: stable UIDs (a re-import updates rather than
/// duplicates), escaped text, CRLF line ends and lines folded at 75 octets.
public struct RemindCalendar {
    let text: RemindText

    public init(language: Language, namesOrganisations: Bool = false) {
        text = RemindText(language: language, namesOrganisations: namesOrganisations)
    }

    public func render(_ reminders: [Reminder], asOf: Day) -> String {
        Self.header + reminders.map { block($0, asOf: asOf) }.joined() + Self.footer
    }

    /// The calendar's opening lines, before its to-dos.
    public static let header = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tally//Reminders//EN", "CALSCALE:GREGORIAN"].map { $0 + "\r\n" }.joined()
    /// Its closing line.
    public static let footer = "END:VCALENDAR\r\n"

    /// One reminder as a to-do, its lines folded and ended with CRLF.
    public func block(_ item: Reminder, asOf: Day) -> String {
        let stamp = asOf.description.replacingOccurrences(of: "-", with: "") + "T000000Z"
        let detail = text.line(item, asOf: asOf).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var lines = [
            "BEGIN:VTODO",
            "UID:\(Self.uid(item.stableKey))@tally",
            "DTSTAMP:\(stamp)",
            "DUE;VALUE=DATE:\(item.date.description.replacingOccurrences(of: "-", with: ""))",
            "SUMMARY:" + Self.escape(String(detail.first?.dropFirst(2) ?? "")),
            "DESCRIPTION:" + Self.escape(([item.organisation] + detail.dropFirst()).joined(separator: "\n")),
            "STATUS:NEEDS-ACTION",
        ]
        if item.kind == .overdue { lines.append("PRIORITY:1") }
        lines.append("END:VTODO")
        return lines.map { Self.fold($0) + "\r\n" }.joined()
    }

    /// Escapes TEXT values: backslash, semicolon, comma and line breaks.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74  // continuation lines start with a space
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }

    /// A stable 64-bit FNV-1a hash, in hex.
    static func uid(_ key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
