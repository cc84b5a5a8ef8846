/// What recording an activity for a programme may ask of a clerk (FORMAT.md section 13): the
/// attributes its targets add up, and whether any target waits for answers. Decided here once,
/// so the web form and `tally record` offer the same things.
extension Programme {
    /// Attribute names the targets add up (`sum: FIELD`), in target order, each once, usable as
    /// `field.NAME` when recording.
    public var summedAttributes: [String] {
        var names: [String] = []
        for target in targets {
            if case .sum(let field, _) = target.measure, !names.contains(field), RecordRequest.isUsableName(field) { names.append(field) }
        }
        return names
    }

    /// Whether some target counts answers to earlier records (`respond`), so a record may carry
    /// its own `id` (to be answered) or a `responds-to` (answering one).
    public var takesAnswers: Bool {
        targets.contains { if case .respond = $0.measure { true } else { false } }
    }
}
