import Foundation
import TallyYAML

/// Records one activity from the web (form or API) for a signed-in account: the permission from
/// `Access`, evidence checked by content, then the same validation, lock and atomic append as
/// `tally record` (`RecordAppender`), with `recorded-by` and `recorded-at` added, and what it changed.
public struct WebRecorder: Sendable {
    public let programmePath: String
    public let slug: String

    public init(programmePath: String, slug: String) {
        self.programmePath = programmePath
        self.slug = slug
    }

    /// A record as stored.
    public struct Recorded: Sendable {
        public var file: String
        public var line: Int
        public var fields: [(key: String, value: YAMLEmitter.Value)]
        public var effect: RecordEffect?
        public var language: Language
    }

    /// Errors to show beside the fields (by form field name: `date`, `unit`, `field.amount`,
    /// `evidence`, ...) and those about the whole record.
    public struct Errors: Sendable {
        public var byField: [String: [String]] = [:]
        public var general: [String] = []
        /// The diagnostics, as the API returns them.
        public var diagnostics: [Diagnostic] = []
        public var language: Language = .en

        public init(language: Language = .en) { self.language = language }

        mutating func add(_ message: String, field: String?) {
            if let field { byField[field, default: []].append(message) } else { general.append(message) }
        }

        /// A diagnostic of the request itself: kept with its code for the API, and its message
        /// and fix shown beside the field (or above the form).
        mutating func add(_ diagnostic: Diagnostic, field: String?) {
            diagnostics.append(diagnostic)
            add(diagnostic.sentence(in: language), field: field)
        }
    }

    public enum Outcome: Sendable {
        case recorded(Recorded)
        /// Outside the account's role: nothing was written (`403`).
        case refused(Access.Refusal, Language)
        /// The record is invalid: nothing was written (`422`, or the form again with the errors).
        case invalid(Errors)
    }

    /// Records `request` with `uploads` for `account`, at `now`; the effect is evaluated as of
    /// `today` (or the record's date when later).
    public func record(_ request: RecordRequest, uploads: [EvidenceUpload] = [], by account: Account,
                       now: Date = Date(), today: Day) -> Outcome {
        var loader = ProgrammeLoader()
        guard let programme = loader.load(path: programmePath) else {
            var errors = Errors()
            errors.diagnostics = loader.diagnostics.items
            errors.add(Diagnostic(.recordBlockedByErrors).sentence(in: loader.diagnostics.items.first?.language ?? .vi), field: nil)
            return .invalid(errors)
        }
        let language = programme.language
        if let refusal = Access.refusal(account, recordingFor: request.unit, programme: slug, programme) {
            return .refused(refusal, language)
        }
        var errors = Errors(language: language)
        var accepted: [(EvidenceUpload, EvidenceUpload.Kind)] = []
        for upload in uploads {
            do { accepted.append((upload, try upload.check())) } catch { errors.add(error.diagnostic(name: upload.clientName), field: "evidence") }
        }
        var full = request
        for (upload, kind) in accepted where !full.evidence.contains(upload.storedPath(kind)) { full.evidence.append(upload.storedPath(kind)) }
        let stamps: [(key: String, value: YAMLEmitter.Value)] = [("recorded-by", RecordValueStyle.text(account.name)), ("recorded-at", RecordValueStyle.text(RecordRequest.timestamp(now)))]
        let fields: [(key: String, value: YAMLEmitter.Value)]
        do { fields = try full.fields(stamps: stamps) } catch {
            errors.add(error.diagnostic, field: Self.formField(error.field))
            return .invalid(errors)
        }
        guard errors.byField.isEmpty else { return .invalid(errors) }
        let appended: RecordAppender.Appended
        let store: (String) throws(RecordAppender.Failure) -> Void = { journal throws(RecordAppender.Failure) in try Self.store(accepted, besideJournal: journal) }
        do {
            appended = try RecordAppender(programmePath: programmePath).append(fields, into: nil, beforeWrite: store)
        } catch {
            switch error {
            case .invalid(let diagnostics, let existing):
                errors.diagnostics = diagnostics.items
                if existing { errors.add(Diagnostic(.recordBlockedByErrors).sentence(in: language), field: nil) }
                for diagnostic in diagnostics.items where diagnostic.severity == .error && diagnostic.source?.path == RecordAppender.newRecordName {
                    let line = diagnostic.start?.line ?? 0
                    let key = line >= 1 && line <= fields.count ? fields[line - 1].key : nil
                    errors.add(diagnostic.message(in: language), field: key.map(Self.formField))
                }
            case .problem(let diagnostic):
                errors.add(diagnostic, field: nil)
            }
            return .invalid(errors)
        }
        let effect = Self.effect(of: appended, programme: programme, request: request, today: today)
        return .recorded(Recorded(file: appended.file, line: appended.line, fields: fields, effect: effect, language: language))
    }

    /// Writes the accepted evidence files beside the journal (called under its lock).
    static func store(_ accepted: [(EvidenceUpload, EvidenceUpload.Kind)], besideJournal journal: String) throws(RecordAppender.Failure) {
        let folder = FilePath.parent(of: journal)
        for (upload, kind) in accepted {
            do { try upload.store(kind, besideJournalIn: folder) } catch {
                throw .problem(RecordAppender.notWritten((folder.isEmpty ? "." : folder) + "/evidence", error.reason))
            }
        }
    }

    /// The form field a record field is typed into.
    static func formField(_ key: String) -> String {
        (RecordRequest.knownFields + RecordRequest.stampFields).contains(key) ? key : "field." + key
    }

    /// The targets that moved: the programme evaluated without and with the new record.
    static func effect(of appended: RecordAppender.Appended, programme: Programme, request: RecordRequest, today: Day) -> RecordEffect? {
        guard let after = appended.loaded, after.isValid, let afterProgramme = after.programme else { return nil }
        let before = LoadedProgramme.load(path: programme.path, inMemory: [SourceFile(path: appended.file, bytes: appended.previous)])
        guard before.isValid, let beforeProgramme = before.programme else { return nil }
        var asOf = today
        if case .day(let day) = ScalarText.date(request.date), day > asOf { asOf = day }
        let old = Evaluator(programme: beforeProgramme, records: before.records, asOf: asOf).evaluate()
        let new = Evaluator(programme: afterProgramme, records: after.records, asOf: asOf).evaluate()
        return RecordEffect.between(old, new)
    }
}
