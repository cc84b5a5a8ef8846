import Foundation

/// Evaluates an `every` target: each calendar period of the window is measured on its own.
struct EveryEvaluation {
    let base: TargetEvaluation
    let unit: PeriodUnit

    func run() -> TargetResult {
        let target = base.target
        let window = target.window
        let asOf = base.asOf
        let periodResults = unit.periods(of: window).map { base.evaluate($0, milestones: []) }
        let required = target.periods?.required(of: periodResults.count) ?? periodResults.count
        // Counted in place: filtering copies every period's result (a retain for each of its texts).
        var failed = 0, met = 0
        periodResults.withUnsafeBufferPointer { results in
            for index in results.indices {
                switch results[index].status {
                case .missed: failed += 1
                case .met: met += 1
                default: break
                }
            }
        }
        let current = periodResults.first { $0.window.contains(asOf) }
        // Periods are met only once they end; the target keeps pace while the current period does,
        // and can no longer be reached once more periods failed than `periods` allows.
        let rule = StatusRule(window: WindowState(window, on: asOf), holds: met >= required,
                              keepsPace: current.map { $0.status == .met || $0.status == .onTrack } ?? true,
                              monotone: false, unreachable: failed > periodResults.count - required)
        var result = TargetResult(target: target, rule: rule, value: Decimal(met), required: Decimal(required), window: window)
        result.periods = periodResults.map { PeriodResult(window: $0.window, status: $0.status, value: $0.value, required: $0.required) }
        result.evidence = RecordIndices(periodResults.lazy.flatMap(\.evidence))
        result.triggers = TriggerList.joined(periodResults.map(\.triggers))
        let shown = current ?? periodResults.last { $0.status != .upcoming }
        result.missing = shown?.missing ?? []
        result.members = shown?.members ?? []
        result.pace = current?.pace
        return result
    }
}
