import Foundation

/// What one new record changed: each target whose value or status moved, before and after,
/// evaluated as of the same day. The record form shows it ("Hội nghị CBCC: 8 / 9 → 9 / 9, đạt").
public struct RecordEffect: Sendable {
    /// Where a target stood.
    public struct Standing: Sendable, Equatable {
        public var value: Decimal
        public var required: Decimal
        public var status: Status

        public init(value: Decimal, required: Decimal, status: Status) {
            self.value = value
            self.required = required
            self.status = status
        }
    }

    /// One target that changed.
    public struct Change: Sendable {
        public var targetID: String
        public var title: String
        /// Whether the value is a percentage (share and respond targets).
        public var isPercent: Bool
        public var before: Standing
        public var after: Standing

        public init(targetID: String, title: String, isPercent: Bool, before: Standing, after: Standing) {
            self.targetID = targetID
            self.title = title
            self.isPercent = isPercent
            self.before = before
            self.after = after
        }
    }

    public var asOf: Day
    public var changes: [Change]

    public init(asOf: Day, changes: [Change]) {
        self.asOf = asOf
        self.changes = changes
    }

    /// The targets that differ between two evaluations of the same programme, in programme order.
    public static func between(_ before: ProgrammeResult, _ after: ProgrammeResult) -> RecordEffect {
        var changes: [Change] = []
        for new in after.targets {
            guard let old = before.targets.first(where: { $0.target.id == new.target.id }) else { continue }
            let was = Standing(value: old.value, required: old.required, status: old.status)
            let now = Standing(value: new.value, required: new.required, status: new.status)
            guard was != now else { continue }
            let percent: Bool
            switch new.target.measure {
            case .share, .respond: percent = new.target.each == nil && new.target.every == nil
            default: percent = false
            }
            changes.append(Change(targetID: new.target.id, title: new.target.title, isPercent: percent, before: was, after: now))
        }
        return RecordEffect(asOf: after.asOf, changes: changes)
    }
}
