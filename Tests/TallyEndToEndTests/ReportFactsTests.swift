import Foundation
import Testing

/// Every report format carries the same facts: for each target of the JSON report, its status,
/// value against required, members not meeting it and triggers overdue, late and pending appear in the
/// text, Markdown and HTML reports, and JUnit fails exactly the missed targets with the same facts.
@Suite struct ReportFactsTests {
    static let dates = [("programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml", "2024-06-30"),
                        ("programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml", "2025-01-01"),
                        ("programmes/2020-tinh-doan-phu-tho.yaml", "2020-06-30")]

    /// A number as the English reports write it: grouped thousands, at most two decimals.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        formatter.usesGroupingSeparator = true
        formatter.maximumFractionDigits = 2
        return formatter.string(from: NSNumber(value: rounded))!
    }

    static func valueAgainstRequired(_ target: [String: Any]) -> String {
        let unit = target["unit"] as! String
        func amount(_ value: Double) -> String { unit == "percent" ? number(value) + "%" : number(value) }
        var text = "\(amount(target["value"] as! Double)) / \(target["bound"] as! String == "at-most" ? "≤ " : "")\(amount(target["required"] as! Double))"
        if unit == "members" { text += " members" }
        if unit == "periods" { text += " periods" }
        return text
    }

    static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test(arguments: dates)
    func everyFormatTellsTheSameFacts(_ programme: String, _ date: String) throws {
        func report(_ format: String) throws -> String {
            try TallyRunner.run(["check", programme, "--as-of", date, "--format", format, "--lang", "en"]).stdout
        }
        let json = try JSONSerialization.jsonObject(with: Data(report("json").utf8)) as! [String: Any]
        let text = try report("text"), markdown = try report("markdown"), html = try report("html"), junit = try report("junit")
        let result = (json["programmes"] as! [[String: Any]])[0]
        let provisional = result["provisional"] as! Bool
        for format in [text, markdown, html] {
            #expect(format.contains("(provisional)") == provisional, "provisional score in every format")
            #expect(format.contains("Projected") == provisional)
        }
        #expect(junit.contains("<property name=\"provisional\" value=\"\(provisional)\"/>"))
        for target in result["targets"] as! [[String: Any]] {
            let id = target["id"] as! String, status = target["status"] as! String
            let statusWord = status.replacingOccurrences(of: "-", with: " ")
            let value = Self.valueAgainstRequired(target)
            let textLine = try #require(text.split(separator: "\n").first { $0.contains(" \(id) ") }, "\(id) in text")
            #expect(textLine.hasPrefix("  \(statusWord) ") && textLine.contains(value), "\(id): \(textLine)")
            let row = try #require(markdown.split(separator: "\n").first { $0.contains("`\(id)`") }, "\(id) in markdown")
            #expect(row.hasPrefix("| \(statusWord) |") && row.contains("| \(value) |"), "\(id): \(row)")
            let card = try #require(html.components(separatedBy: "id=\"p1-\(id)\"").dropFirst().first?.components(separatedBy: "</article>").first)
            #expect(card.contains("<span class=\"badge s-\(status)\">\(statusWord)</span>") && card.contains(Self.htmlEscaped(value)), "\(id) in HTML")
            var names = (target["missing"] as! [String])
            names += (target["overdue"] as! [String]) + (target["pending"] as! [String]) + (target["late"] as! [String])
            let lines = text.split(separator: "\n")
            let story = lines.drop { $0 != textLine }.dropFirst().prefix { $0.hasPrefix("      ") }.joined(separator: "\n")
            for name in names {
                #expect(story.contains(name), "\(id): \(name) in text")
                #expect(row.contains(name), "\(id): \(name) in markdown")
                #expect(card.contains(Self.htmlEscaped(name)), "\(id): \(name) in HTML")
            }
            for member in (target["members"] as? [[String: Any]]) ?? [] where !(member["meets"] as! Bool) && !(member["exempt"] as! Bool) {
                let name = Self.htmlEscaped(member["name"] as! String)
                let kind = ["missed": "bad", "behind": "warn", "on-track": "ok"][member["status"] as! String] ?? "wait"
                if status != "exempt" { #expect(card.contains("<span class=\"chip \(kind)\">\(name)"), "\(id): \(name) shown as \(kind)") }
            }
            let testcase = try #require(junit.components(separatedBy: "name=\"\(id): ").dropFirst().first?.components(separatedBy: "</testcase>").first)
            #expect(testcase.contains("<failure type=\"missed\"") == (status == "missed"), "\(id) fails in JUnit exactly when missed")
            if status == "missed" {
                #expect(testcase.contains(Self.htmlEscaped(value)))
                for name in (target["missing"] as! [String]) + (target["overdue"] as! [String]) { #expect(testcase.contains(Self.htmlEscaped(name))) }
            }
        }
    }
}
