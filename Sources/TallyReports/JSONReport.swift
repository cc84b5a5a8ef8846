import Foundation
import TallyCore

/// The machine-readable report of FORMAT.md section 7, with more detail than it requires.
///
/// The document is a small tree whose long lists (evidence, triggers, ids) are streams: they
/// are written element by element as the report goes out, never held in memory.
public struct JSONReport: StreamingReportRenderer, ProgrammeDetailsRenderer, Sendable {
    public init() {}

    public func write(_ report: Report, to output: ReportOutput) {
        JSONWriter(output: output).value(document(report))
        output.write("\n")
    }

    public func document(_ report: Report) -> JSONValue {
        .object(JSONRollUp(report).members + [
            // A stream: a roll-up's programmes are written one by one, not all held.
            ("programmes", .stream(JSONStream(count: report.results.count) { [results = report.results, context = DetailsContext(report)] writer, index in
                if let written = results.spool?.details(at: index, context: context) { writer.element(written: written) } else { writer.value(programme(results[index])) }
            })),
            ("diagnostics", .array(report.diagnostics.map { JSONReport.diagnostic($0, in: Language.chosen(flag: report.language, programme: $0.language)) })),
        ])
    }

    /// A programme of the `programmes` list, as written there (its indentation, without the comma before it).
    public func details(of result: ProgrammeResult, position: Int, context: DetailsContext) -> String {
        let output = ReportOutput.memory()
        JSONWriter.standingAtElement(depth: 2, output: output).value(programme(result))
        return output.text
    }

    func programme(_ result: ProgrammeResult) -> JSONValue {
        let counts = result.counts
        return .object([
            ("programme", .string(result.programme.title)),
            ("organisation", .string(result.programme.organisation)),
            ("file", .string(result.programme.path)),
            ("asOf", .string(result.asOf.description)),
            ("period", window(result.programme.period)),
            ("language", .string(result.programme.language.rawValue)),
            ("verdict", .string(result.verdict.rawValue)),
            ("score", .number(result.scoreAsDouble)),
            ("rating", result.rating.map(JSONValue.string) ?? .null),
            ("provisional", .bool(result.isProvisional)),
            ("projectedScore", .number(result.projected.double)),
            ("projectedRating", result.projected.rating.map(JSONValue.string) ?? .null),
            ("counts", .object(Status.allCases.map { ($0.rawValue, .number(Double(counts[$0] ?? 0))) })),
            ("targets", .array(result.targets.map { target($0, records: result.records) })),
            ("exemptions", .array(result.exemptions.map(exemption))),
        ])
    }

    func target(_ result: TargetResult, records: RecordSet) -> JSONValue {
        let target = result.target
        var pairs: [(String, JSONValue)] = [
            ("id", .string(target.id)),
            ("title", .string(target.title)),
            ("owner", target.owner.map(JSONValue.string) ?? .null),
            ("weight", .number(Exact.double(target.weight))),
            ("measure", .string(target.measure.name)),
            ("status", .string(result.status.rawValue)),
            ("value", .number(result.valueAsDouble ?? Exact.double(result.value))),
            ("required", .number(Exact.double(result.required))),
            ("bound", .string(result.bound.rawValue)),
            ("unit", .string(result.unit.rawValue)),
            ("window", window(result.window)),
            ("pace", result.pace.map { .number(Exact.double($0)) } ?? .null),
            ("missing", JSONStream.strings(result.missing)),
            ("overdue", JSONStream.strings(result.overdue)),
            ("pending", JSONStream.strings(result.pending)),
            ("late", JSONStream.strings(result.late)),
            ("nothingToMeasure", .bool(result.nothingToMeasure)),
        ]
        if let from = target.from { pairs.insert(("from", .string(from)), at: 2) }
        if target.each != nil {
            pairs.append(("members", .array(result.members.map { member in
                .object([("name", .string(member.name)), ("value", .number(Exact.double(member.value))),
                         ("required", .number(Exact.double(member.threshold))), ("meets", .bool(member.meets)),
                         ("keepsPace", .bool(member.keepsPace)), ("exempt", .bool(member.exempt)),
                         ("status", .string(member.status.rawValue))])
            })))
        }
        if target.every != nil {
            pairs.append(("periods", .array(result.periods.map { period in
                .object([("from", .string(period.window.from.description)), ("to", .string(period.window.to.description)),
                         ("status", .string(period.status.rawValue)), ("value", .number(Exact.double(period.value))),
                         ("required", .number(Exact.double(period.required)))])
            })))
        }
        if !result.milestones.isEmpty {
            pairs.append(("milestones", .array(result.milestones.map { milestone in
                var fields: [(String, JSONValue)] = [("by", .string(milestone.by.description)), ("required", .number(Exact.double(milestone.required))),
                                                     ("value", .number(Exact.double(milestone.value))), ("state", .string(milestone.state.rawValue))]
                if target.each != nil { fields.append(("missing", .array(milestone.missing.map { .string($0) }))) }
                return .object(fields)
            })))
        }
        if case .respond = target.measure {
            let triggers = result.triggers
            pairs.append(("triggers", .stream(JSONStream(count: triggers.count, parallel: true) { writer, index in
                let trigger = triggers[index]
                writer.beginObject()
                writer.member("id", trigger.id)
                writer.key("date")
                writer.day(records.records[trigger.record].day)
                writer.key("deadline")
                writer.day(trigger.deadline)
                writer.key("answered")
                if let answered = trigger.answeredOn { writer.day(answered) } else { writer.null() }
                writer.member("state", trigger.state.rawValue)
                writer.endObject()
            })))
        }
        pairs.append(("exemptions", .array(result.exemptions.map(exemption))))
        let evidence = result.evidence
        pairs.append(("evidence", .stream(JSONStream(count: evidence.count, parallel: true) { writer, index in
            JSONReport.evidence(evidence[index], records: records, to: writer)
        })))
        return .object(pairs)
    }

    /// One counted record: where it is, its date and activity, and its unit, id, title and evidence.
    static func evidence(_ index: Int, records: RecordSet, to writer: JSONWriter) {
        let (file, line) = records.location(of: index)
        let record = records.records[index]
        writer.beginObject()
        writer.member("file", file)
        writer.key("line")
        writer.integer(line)
        writer.key("date")
        writer.day(record.day)
        writer.member("activity", records.kinds[record.kind.index])
        // Texts go from the record set's bytes to the report without a String each.
        records.withTextBytes(KnownField.unit, of: index) { writer.member("unit", bytes: $0) }
        records.withTextBytes(KnownField.id, of: index) { writer.member("id", bytes: $0) }
        records.withTextBytes(KnownField.title, of: index) { writer.member("title", bytes: $0) }
        if case .list(let items)? = records.value(KnownField.evidence, of: index) {
            writer.key("evidence")
            writer.value(.array(items.map(JSONValue.string)))
        }
        writer.endObject()
    }

    func window(_ window: DateWindow) -> JSONValue {
        .object([("from", .string(window.from.description)), ("to", .string(window.to.description))])
    }

    func exemption(_ item: ExemptionResult) -> JSONValue {
        let exemption = item.exemption
        return .object([
            ("target", .string(exemption.target)),
            ("member", exemption.member.map(JSONValue.string) ?? .null),
            ("reason", .string(exemption.reason)),
            ("approvedBy", .string(exemption.approvedBy)),
            ("until", exemption.until.map { .string($0.description) } ?? .null),
            ("expired", .bool(item.expired)),
        ])
    }

    /// A diagnostic as JSON, for tools that read errors from the report (FORMAT.md section 10):
    /// code, severity, place, and the message and fix in `language`.
    public static func diagnostic(_ diagnostic: Diagnostic, in language: Language) -> JSONValue {
        .object([
            ("code", .string(diagnostic.code.rawValue)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("file", diagnostic.source.map { .string($0.path) } ?? .null),
            ("line", diagnostic.start.map { .number(Double($0.line)) } ?? .null),
            ("column", diagnostic.start.map { .number(Double($0.column)) } ?? .null),
            ("message", .string(diagnostic.message(in: language))),
            ("fix", .string(diagnostic.fix(in: language))),
        ])
    }
}
