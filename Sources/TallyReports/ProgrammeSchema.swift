import TallyCore

/// A JSON Schema (draft-07) of the programme format, for completion and validation in editors
/// through the YAML language server (`# yaml-language-server: $schema=...`). Which keys exist,
/// which are required and what each means come from `AllowedKeys`; this file adds only the shape
/// of each value (a key without a shape here accepts any value).
public enum ProgrammeSchema {
    public static func document() -> JSONValue {
        guard case .object(let top) = mapping(.programme) else { return .null }
        return .object([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("$id", .string("https://tally.invalid/schema/programme-v1.json")),
            ("title", .string("Tally programme")),
            ("description", .string("A year's work programme (chương trình công tác) and its targets (chỉ tiêu), FORMAT.md v1.")),
        ] + top)
    }

    /// The mapping at `place`: its keys from the table, each with its shape and summary.
    static func mapping(_ place: AllowedKeys.Place, extra: [(String, JSONValue)] = []) -> JSONValue {
        let keys = AllowedKeys.table[place] ?? []
        let properties = keys.map { key in (key.name, describe(shapes(place)[key.name] ?? .object([]), key.summary)) }
        return .object([("type", .string("object")), ("additionalProperties", .bool(false)),
                        ("required", .array(AllowedKeys.required(place).map(JSONValue.string)))] + extra + [("properties", .object(properties))])
    }

    static func list(_ items: JSONValue) -> JSONValue { .object([("type", .string("array")), ("items", items)]) }

    /// The shape of each key's value at `place` (nested places are built only when asked for).
    static func shapes(_ place: AllowedKeys.Place) -> [String: JSONValue] {
        let string: JSONValue = .object([("type", .string("string"))])
        switch place {
        case .programme: return [
                "programme": string, "organisation": string, "period": window,
                "language": .object([("enum", .array([.string("vi"), .string("en")]))]),
                "rosters": .object([("type", .string("object")), ("additionalProperties", list(member))]),
                "activities": .object([("oneOf", .array([.object([("type", .string("object")), ("additionalProperties", string)]), list(string)]))]),
                "records": kinds, "journal": pattern("\\.ya?ml$"), "targets": list(mapping(.target, extra: [("oneOf", .array(["count", "sum", "share", "respond"].map { .object([("required", .array([.string($0)]))]) }))])),
                "exemptions": list(mapping(.exemption)), "rating": list(mapping(.ratingBand)), "extends": string,
                "override": .object([("type", .string("object")), ("additionalProperties", .object([("type", .string("object"))]))]),
            ]
        case .target: return [
                "id": pattern("^[a-z0-9-]+$"), "title": string, "owner": string,
                "weight": .object([("type", .string("number")), ("minimum", .number(0))]),
                "count": kinds, "sum": string, "of": kinds, "share": kinds, "that": string, "respond": mapping(.respond),
                "where": string, "distinct": string, "each": string, "key": string, "members": numberOrPercent,
                "at-least": numberOrPercent, "at-most": .object([("type", .string("number"))]), "during": window, "by": date,
                "every": .object([("enum", .array(PeriodUnit.allCases.map { .string($0.rawValue) }))]),
                "periods": numberOrPercent, "milestones": list(mapping(.milestone)),
            ]
        case .exemption: return ["target": string, "member": string, "reason": string, "approved-by": string, "until": date]
        case .ratingBand: return ["at-least": percent, "label": string]
        case .milestone: return ["by": date, "at-least": numberOrPercent]
        case .respond: return ["to": kinds, "with": kinds, "within": pattern(#"^\d+[dw]$"#)]
        case .window: return ["from": date, "to": date]
        }
    }

    /// A period: a year, month, quarter or half, or {from, to}.
    static var window: JSONValue { .object([("oneOf", .array([yearish, mapping(.window)]))]) }

    static func describe(_ schema: JSONValue, _ description: String) -> JSONValue {
        guard case .object(var pairs) = schema else { return schema }
        pairs.append(("description", .string(description)))
        return .object(pairs)
    }

    static func pattern(_ regex: String) -> JSONValue {
        .object([("type", .string("string")), ("pattern", .string(regex))])
    }

    static let date = describe(pattern(#"^(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})$"#), "YYYY-MM-DD or D/M/YYYY")
    static let percent = describe(pattern(#"^\d+(\.\d+)?%$"#), "A percentage such as 90%")
    static let yearish: JSONValue = .object([("type", .array([.string("string"), .string("integer")])),
                                             ("pattern", .string(#"^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$"#)),
                                             ("description", .string("2024, 2024-05, 2024-Q2 or 2024-H1"))])
    static let numberOrPercent: JSONValue = .object([("type", .array([.string("number"), .string("string")])),
                                                     ("description", .string("N, P% or P% of ATTRIBUTE"))])
    static let kinds: JSONValue = .object([("oneOf", .array([.object([("type", .string("string"))]),
                                                             .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])]))])

    static let member: JSONValue = .object([("oneOf", .array([
        .object([("type", .string("string"))]),
        .object([("type", .string("object")), ("required", .array([.string("name")])),
                 ("properties", .object([("id", .object([("type", .string("string"))])), ("name", .object([("type", .string("string"))])),
                                         ("aliases", .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))]))]))]),
    ]))])
}
