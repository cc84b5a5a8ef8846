import TallyCore

extension JSONReport {
    /// One entry of the web server's list of programmes (FORMAT.md section 12), with the same
    /// verdict, score and rating as the report's summary.
    public func listing(_ result: ProgrammeResult, slug: String) -> JSONValue {
        .object([
            ("slug", .string(slug)),
            ("programme", .string(result.programme.title)),
            ("organisation", .string(result.programme.organisation)),
            ("verdict", .string(result.verdict.rawValue)),
            ("score", .number(result.scoreAsDouble)),
            ("rating", result.rating.map(JSONValue.string) ?? .null),
        ])
    }

    /// The entry of a programme that could not be evaluated: its verdict is `invalid`, with how
    /// many errors it has; its document (`/api/v1/programmes/SLUG`) carries the diagnostics.
    public func invalidListing(slug: String, errors: Int) -> JSONValue {
        .object([
            ("slug", .string(slug)),
            ("programme", .null),
            ("organisation", .null),
            ("verdict", .string("invalid")),
            ("score", .null),
            ("rating", .null),
            ("errors", .number(Double(errors))),
        ])
    }
}
