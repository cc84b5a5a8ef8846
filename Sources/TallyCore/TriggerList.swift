/// The triggers of a `respond` target, in the order they were measured: 20 bytes each, for a
/// target with a hundred thousand of them. A trigger's id is read from its record when the
/// trigger is asked for, not kept twice.
public struct TriggerList: RandomAccessCollection, Sendable {
    /// One trigger as kept: record indices in 32 bits (a record set holds at most
    /// `RecordSet.maxRecords`), no answer as -1.
    struct Stored: Sendable {
        var record: Int32
        var answer: Int32
        var deadline: Day
        var answerDay: Day
        var state: TriggerResult.State
    }

    private var stored: [Stored]
    /// The triggers as kept, for the evaluator's own passes over them.
    var kept: [Stored] { stored }
    /// The records the triggers are in (shared with the result, not copied); nil for no triggers.
    private let records: RecordSet?

    /// No triggers (what every target that is not a `respond` has: no record set is made for it).
    public init() {
        stored = []
        records = nil
    }

    init(_ stored: [Stored], in records: RecordSet) {
        self.stored = stored
        self.records = records
    }

    /// The triggers of several lists over the same records (the periods of an `every` target).
    static func joined(_ lists: [TriggerList]) -> TriggerList {
        guard let records = lists.lazy.compactMap(\.records).first else { return TriggerList() }
        return TriggerList(lists.flatMap(\.stored), in: records)
    }

    /// The ids of the triggers in `state`, in order (only theirs are read from the records).
    public func ids(_ state: TriggerResult.State) -> [String] {
        var ids: [String] = []
        for kept in stored where kept.state == state { ids.append(id(of: kept)) }
        return ids
    }

    private func id(of kept: Stored) -> String {
        if case .text(let text)? = records?.value(KnownField.id, of: Int(kept.record)) { return text }
        return ""
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { stored.count }

    public subscript(position: Int) -> TriggerResult {
        let kept = stored[position]
        return TriggerResult(id: id(of: kept), record: Int(kept.record), deadline: kept.deadline,
                             answeredOn: kept.answer < 0 ? nil : kept.answerDay, answer: kept.answer < 0 ? nil : Int(kept.answer),
                             state: kept.state)
    }
}
