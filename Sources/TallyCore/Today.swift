import Foundation

extension Day {
    /// Today's date in the machine's time zone: the as-of date when none is given.
    public static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Why a text given as the as-of date is not one.
public struct AsOfProblem: Error, Sendable {
    public var text: String
    /// Why the date does not exist, when it has the shape of one.
    public var impossible: LocalizedText?

    /// The catalogue's `impossible-date` or `not-a-date`, naming how the date was given
    /// (`--as-of`, `as-of`).
    public func diagnostic(option: String) -> Diagnostic {
        if let impossible { return Diagnostic(.impossibleDate, ["value": "\(option) \(text)", "reason": impossible]) }
        return Diagnostic(.notADate, ["what": "\(option)", "value": "\(text)"])
    }
}

extension Day {
    /// The as-of date written as `text` (YYYY-MM-DD or D/M/YYYY), or why it is not one.
    public static func asOf(_ text: String) -> Result<Day, AsOfProblem> {
        switch ScalarText.date(text) {
        case .day(let day): .success(day)
        case .impossible(let why): .failure(AsOfProblem(text: text, impossible: why))
        case .notADate: .failure(AsOfProblem(text: text, impossible: nil))
        }
    }
}
