import Foundation
import TallyCore
import TallyReports
import TallyYAML

/// The API's side of recording: the JSON a client sends, and the answers (`201` with the stored
/// record and what it changed, `422` with the diagnostics).
enum RecordJSON {
    static let keys = ["date", "activity", "unit", "id", "responds-to", "title", "fields"]

    /// The posted object as the form's values (`fields` become `field.NAME`), or nil when it is
    /// not an object of text, number or boolean values with only the known keys.
    static func values(_ bytes: [UInt8]) -> [String: String]? {
        guard let object = try? JSONDecoder().decode([String: Entry].self, from: Data(bytes)),
              object.keys.allSatisfy(keys.contains) else { return nil }
        var values: [String: String] = [:]
        for (key, entry) in object {
            switch (key, entry) {
            case ("fields", .fields(let fields)): for (name, value) in fields { values["field." + name] = value.text }
            case ("fields", .scalar(.empty)): break
            case (_, .scalar(let value)) where key != "fields": values[key] = value.text
            default: return nil
            }
        }
        return values
    }

    /// A JSON scalar as text: a string as it is, a number or boolean as written, null as empty.
    enum Scalar: Decodable {
        case text(String), empty

        var text: String { if case .text(let text) = self { text } else { "" } }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .empty } else if let flag = try? container.decode(Bool.self) { self = .text(flag ? "true" : "false") }
            else if let number = try? container.decode(Decimal.self) { self = .text("\(number)") } else { self = .text(try container.decode(String.self)) }
        }
    }

    /// A top-level value: a scalar, or the `fields` object of scalars.
    enum Entry: Decodable {
        case scalar(Scalar), fields([String: Scalar])

        init(from decoder: any Decoder) throws {
            if let fields = try? decoder.singleValueContainer().decode([String: Scalar].self) { self = .fields(fields) } else { self = .scalar(try Scalar(from: decoder)) }
        }
    }

    /// `201`: the record as stored, where (relative to the served folder), and what it changed.
    static func stored(_ recorded: WebRecorder.Recorded, folder: String) -> JSONValue {
        let fields: [(String, JSONValue)] = recorded.fields.map { ($0.key, json($0.value)) }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let file = recorded.file.hasPrefix(base) ? String(recorded.file.dropFirst(base.count)) : (recorded.file as NSString).lastPathComponent
        let changed = recorded.effect.map { RecordEffectText(recorded.language).lines($0).map(JSONValue.string) } ?? []
        return .object([("record", .object(fields)), ("file", .string(file)), ("line", .number(Double(recorded.line))), ("changed", .array(changed))])
    }

    static func json(_ value: YAMLEmitter.Value) -> JSONValue {
        switch value {
        case .text(let text), .plain(let text): .string(text)
        case .list(let items): .array(items.map(json))
        }
    }

    /// `422`: the diagnostics of the record, then the errors of fields that have none.
    static func invalid(_ errors: WebRecorder.Errors) -> JSONValue {
        var items = errors.diagnostics.filter { $0.severity == .error }.map { JSONReport.diagnostic($0, in: errors.language) }
        let said = Set(errors.diagnostics.flatMap { [$0.message(in: errors.language), $0.sentence(in: errors.language)] })
        for (field, messages) in errors.byField.sorted(by: { $0.key < $1.key }) {
            for message in messages where !said.contains(message) {
                items.append(.object([("severity", .string("error")), ("field", .string(field)), ("message", .string(message))]))
            }
        }
        for message in errors.general where !said.contains(message) { items.append(.object([("severity", .string("error")), ("message", .string(message))])) }
        return .object([("diagnostics", .array(items))])
    }

    /// `422` for a body that is not a record object.
    static func badBody() -> JSONValue {
        let diagnostic = Diagnostic(.badRecordBody)
        return .object([("diagnostics", .array([JSONReport.diagnostic(diagnostic, in: .en)]))])
    }
}
