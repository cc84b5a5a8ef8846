import Foundation
import TallyYAML

/// One record as a person asks for it, from `tally record`'s options, the web form or the API:
/// turned into the fields to write in one place, so every way in writes the same YAML.
public struct RecordRequest: Sendable {
    /// An attribute beyond the known fields: typed (written plain when it reads as a number,
    /// boolean or date) or kept as text.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String
        public var typed: Bool

        public init(name: String, value: String, typed: Bool = true) {
            self.name = name
            self.value = value
            self.typed = typed
        }
    }

    /// A request that cannot become a record, naming the field at fault.
    public struct Problem: Error, Sendable {
        public var field: String
        public var diagnostic: Diagnostic

        /// What is wrong and how to fix it, in `language`.
        public func message(in language: Language) -> String { diagnostic.sentence(in: language) }
    }

    public var date: String
    public var activity: String
    public var unit: String?
    public var id: String?
    public var respondsTo: String?
    public var title: String?
    public var evidence: [String]
    public var recorded: String?
    public var attributes: [Attribute]

    public init(date: String, activity: String, unit: String? = nil, id: String? = nil, respondsTo: String? = nil,
                title: String? = nil, evidence: [String] = [], recorded: String? = nil, attributes: [Attribute] = []) {
        self.date = date
        self.activity = activity
        self.unit = unit
        self.id = id
        self.respondsTo = respondsTo
        self.title = title
        self.evidence = evidence
        self.recorded = recorded
        self.attributes = attributes
    }

    /// Fields only Tally writes: the web adds them, and nobody may supply them.
    public static let stampFields = ["recorded-by", "recorded-at"]
    static let knownFields = ["date", "activity", "unit", "id", "responds-to", "title", "evidence", "recorded"]

    /// The fields to write, in order, with `stamps` (Tally's own fields) last.
    public func fields(stamps: [(key: String, value: YAMLEmitter.Value)] = []) throws(Problem) -> [(key: String, value: YAMLEmitter.Value)] {
        var fields: [(key: String, value: YAMLEmitter.Value)] = [("date", RecordValueStyle.typed(date)), ("activity", RecordValueStyle.text(activity))]
        for (key, value) in [("unit", unit), ("id", id), ("responds-to", respondsTo), ("title", title)] {
            if let value { fields.append((key, RecordValueStyle.text(value))) }
        }
        if let recorded { fields.append(("recorded", RecordValueStyle.typed(recorded))) }
        if !evidence.isEmpty { fields.append(("evidence", .list(evidence.map(RecordValueStyle.text)))) }
        for attribute in attributes {
            guard Self.isUsableName(attribute.name) else {
                throw Problem(field: attribute.name, diagnostic: Diagnostic(.unusableFieldName, ["name": "\(attribute.name)"]))
            }
            if !stamps.isEmpty, Self.stampFields.contains(attribute.name) {
                throw Problem(field: attribute.name, diagnostic: Diagnostic(.stampField, ["name": "\(attribute.name)"]))
            }
            if fields.contains(where: { $0.key == attribute.name }) || stamps.contains(where: { $0.key == attribute.name }) {
                throw Problem(field: attribute.name, diagnostic: Diagnostic(.fieldGivenTwice, ["name": "\(attribute.name)"]))
            }
            fields.append((attribute.name, attribute.typed ? RecordValueStyle.typed(attribute.value) : RecordValueStyle.text(attribute.value)))
        }
        return fields + stamps
    }

    /// A field name a person can type and YAML keeps plain: letters, digits, `-`, `_`, 1 to 64 long.
    public static func isUsableName(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 64, let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// `recorded-at`: the moment as ISO 8601 with the local offset (`2024-03-12T09:30:00+07:00`).
    public static func timestamp(_ date: Date, in zone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = zone.secondsFromGMT(for: date) / 60
        let sign = offset < 0 ? "-" : "+"
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(c.year ?? 0).count < 4 ? String(repeating: "0", count: 4 - String(c.year ?? 0).count) + String(c.year ?? 0) : String(c.year ?? 0)
        return "\(year)-\(two(c.month ?? 0))-\(two(c.day ?? 0))T\(two(c.hour ?? 0)):\(two(c.minute ?? 0)):\(two(c.second ?? 0))\(sign)\(two(abs(offset) / 60)):\(two(abs(offset) % 60))"
    }
}
