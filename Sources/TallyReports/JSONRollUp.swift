import Foundation
import TallyCore

/// The roll-up part of the JSON report (FORMAT.md section 9): the summary rows in the roll-up's
/// order, the folder subtotals and `byTarget`, every organisation listed.
struct JSONRollUp {
    let summary: RollUpSummary

    init(_ report: Report) {
        summary = report.rollUp ?? RollUpSummary(report.results.enumerated().map { ProgrammeSummary($1, position: $0) })
    }

    var members: [(String, JSONValue)] {
        // Streams: the rows of a national roll-up are written one by one, not built as a tree first.
        [("summary", .stream(JSONStream(summary.programmes) { writer, item in writer.value(Self.row(item)) })),
         ("folders", .array(summary.folders.map(Self.folder))),
         ("byTarget", .array(summary.byTarget.map(Self.tally)))]
    }

    static func counts(_ counts: [Status: Int]) -> JSONValue {
        .object(Status.allCases.map { ($0.rawValue, .number(Double(counts[$0] ?? 0))) })
    }

    /// One row of the summary: what the summary table of the other formats shows.
    static func row(_ item: ProgrammeSummary) -> JSONValue {
        .object([
            ("organisation", .string(item.organisation)),
            ("file", .string(item.path)),
            ("folder", .string(item.folder)),
            ("verdict", .string(item.verdict.rawValue)),
            ("score", .number(item.scoreAsDouble)),
            ("rating", item.rating.map(JSONValue.string) ?? .null),
            ("provisional", .bool(item.isProvisional)),
            ("projectedScore", .number(item.projected.double)),
            ("projectedRating", item.projected.rating.map(JSONValue.string) ?? .null),
            ("counts", counts(item.counts)),
        ])
    }

    static func folder(_ folder: FolderSubtotal) -> JSONValue {
        .object([
            ("folder", .string(folder.folder)),
            ("programmes", .number(Double(folder.programmes))),
            ("verdicts", .object(Verdict.worstFirst.map { ($0.rawValue, .number(Double(folder.verdicts[$0] ?? 0))) })),
            ("counts", counts(folder.counts)),
        ])
    }

    static func tally(_ tally: TargetTally) -> JSONValue {
        .object([
            ("id", .string(tally.id)),
            ("title", .string(tally.title)),
            ("programmes", .number(Double(tally.programmes))),
            ("counts", counts(tally.counts)),
            ("missed", .stream(JSONStream(tally.missed, inline: true) { writer, name in writer.string(name) })),
            ("behind", .stream(JSONStream(tally.behind, inline: true) { writer, name in writer.string(name) })),
        ])
    }
}
