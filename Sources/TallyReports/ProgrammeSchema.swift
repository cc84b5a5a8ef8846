import TallyCore

/// A JSON Schema (draft-07) of the programme format, for completion and validation in editors
/// through the YAML language server (`# yaml-language-server: $schema=...`).
public enum ProgrammeSchema {
    public static func document() -> JSONValue {
        .object([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("$id", .string("https://tally.invalid/schema/programme-v1.json")),
            ("title", .string("Tally programme")),
            ("description", .string("A year's work programme (chương trình công tác) and its targets (chỉ tiêu), FORMAT.md v1.")),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .array(["programme", "organisation", "period", "targets"].map(JSONValue.string))),
            ("properties", .object([
                ("programme", text("The programme's title.")),
                ("organisation", text("The organisation it belongs to.")),
                ("period", describe(.object([("oneOf", .array([yearish, range]))]), "A year such as 2024, or {from, to}.")),
                ("language", describe(.object([("enum", .array([.string("vi"), .string("en")]))]), "Report language (default en).")),
                ("rosters", describe(.object([("type", .string("object")), ("additionalProperties", .object([("type", .string("array")), ("items", member)]))]), "Named sets of units or people.")),
                ("activities", describe(.object([("oneOf", .array([.object([("type", .string("object")), ("additionalProperties", .object([("type", .string("string"))]))]), .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])]))]), "The activity kinds, kind: label.")),
                ("records", describe(.object([("oneOf", .array([.object([("type", .string("string"))]), .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])]))]), "Records files or globs, relative to the programme.")),
                ("journal", describe(.object([("type", .string("string")), ("pattern", .string("\\.ya?ml$"))]), "The YAML records file the web form and `tally record` append to; one that records: matches.")),
                ("targets", .object([("type", .string("array")), ("items", target)])),
                ("exemptions", .object([("type", .string("array")), ("items", exemption)])),
                ("rating", .object([("type", .string("array")), ("items", .object([
                    ("type", .string("object")), ("additionalProperties", .bool(false)), ("required", .array([.string("label")])),
                    ("properties", .object([("at-least", percent), ("label", text("The rating's name."))])),
                ]))])),
            ])),
        ])
    }

    static func text(_ description: String) -> JSONValue {
        .object([("type", .string("string")), ("description", .string(description))])
    }

    static func describe(_ schema: JSONValue, _ description: String) -> JSONValue {
        guard case .object(var pairs) = schema else { return schema }
        pairs.append(("description", .string(description)))
        return .object(pairs)
    }

    static func pattern(_ regex: String, _ description: String) -> JSONValue {
        .object([("type", .string("string")), ("pattern", .string(regex)), ("description", .string(description))])
    }

    static let date = pattern(#"^(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})$"#, "YYYY-MM-DD or D/M/YYYY")
    static let percent = pattern(#"^\d+(\.\d+)?%$"#, "A percentage such as 90%")
    static let yearish: JSONValue = .object([("type", .array([.string("string"), .string("integer")])),
                                             ("pattern", .string(#"^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$"#)),
                                             ("description", .string("2024, 2024-05, 2024-Q2 or 2024-H1"))])
    static let range: JSONValue = .object([("type", .string("object")), ("additionalProperties", .bool(false)),
                                           ("required", .array([.string("from"), .string("to")])),
                                           ("properties", .object([("from", date), ("to", date)]))])
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

    static let target: JSONValue = .object([
        ("type", .string("object")), ("additionalProperties", .bool(false)), ("required", .array([.string("id"), .string("title")])),
        ("oneOf", .array(["count", "sum", "share", "respond"].map { .object([("required", .array([.string($0)]))]) })),
        ("properties", .object([
            ("id", pattern("^[a-z0-9-]+$", "Unique id: a-z, 0-9 and -")),
            ("title", text("What the target asks.")),
            ("owner", text("Who answers for it.")),
            ("weight", .object([("type", .string("number")), ("minimum", .number(0))])),
            ("count", describe(kinds, "Count records of these kinds.")),
            ("sum", text("Add up this numeric field (with of:).")),
            ("of", describe(kinds, "The kinds a sum adds up.")),
            ("share", describe(kinds, "The percentage of these records for which that: holds.")),
            ("that", text("The condition of a share.")),
            ("respond", .object([("type", .string("object")), ("additionalProperties", .bool(false)),
                                 ("required", .array([.string("to"), .string("with"), .string("within")])),
                                 ("properties", .object([("to", kinds), ("with", kinds), ("within", pattern(#"^\d+[dw]$"#, "14d or 2w"))]))])),
            ("where", text("Only records for which this holds.")),
            ("distinct", text("Count distinct values of this field.")),
            ("each", text("A roster: the threshold applies to every member.")),
            ("key", text("The record field naming the member (default unit).")),
            ("members", numberOrPercent),
            ("at-least", numberOrPercent),
            ("at-most", .object([("type", .string("number"))])),
            ("during", describe(.object([("oneOf", .array([yearish, range]))]), "The window.")),
            ("by", date),
            ("every", .object([("enum", .array(PeriodUnit.allCases.map { .string($0.rawValue) }))])),
            ("periods", numberOrPercent),
            ("milestones", .object([("type", .string("array")), ("items", .object([
                ("type", .string("object")), ("additionalProperties", .bool(false)), ("required", .array([.string("by"), .string("at-least")])),
                ("properties", .object([("by", date), ("at-least", numberOrPercent)])),
            ]))])),
        ])),
    ])

    static let exemption: JSONValue = .object([
        ("type", .string("object")), ("additionalProperties", .bool(false)),
        ("required", .array([.string("target"), .string("reason"), .string("approved-by")])),
        ("properties", .object([("target", text("The target's id.")), ("member", text("One member of its each: roster.")),
                                ("reason", text("Why.")), ("approved-by", text("Who approved it.")), ("until", date)])),
    ])
}
