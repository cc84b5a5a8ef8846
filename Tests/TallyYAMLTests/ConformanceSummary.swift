/// Counts the outcomes of one conformance test and prints them as one summary line.
struct ConformanceSummary {
    /// What was counted, e.g. "event level".
    let title: String
    /// What the listed cases are called in the summary, e.g. "expected failures".
    let listedLabel: String
    private(set) var passed: [(label: String, count: Int)] = []
    private(set) var expected: [(label: String, count: Int)] = []
    private(set) var other: [(label: String, count: Int)] = []
    private(set) var unexpected = 0

    init(_ title: String, listedLabel: String = "expected failures") {
        self.title = title
        self.listedLabel = listedLabel
    }

    /// Counts a case that gave the suite's answer.
    mutating func pass(_ label: String) { Self.add(label, to: &passed) }
    /// Counts a listed case that failed as listed, by the list's reason code.
    mutating func expectedFailure(_ reason: String) { Self.add(reason, to: &expected) }
    /// Counts a case that this test does not compare, with why.
    mutating func notCompared(_ label: String) { Self.add(label, to: &other) }
    /// Counts a case that disagrees with the list (it was reported as an issue).
    mutating func unexpectedResult() { unexpected += 1 }

    var total: Int { (passed + expected + other).reduce(unexpected) { $0 + $1.count } }

    /// The summary line: totals, then the count of each label.
    var line: String {
        func group(_ items: [(label: String, count: Int)]) -> String {
            let sum = items.reduce(0) { $0 + $1.count }
            return "\(sum)" + (items.isEmpty ? "" : " (" + items.map { "\($0.label): \($0.count)" }.joined(separator: ", ") + ")")
        }
        var text = "YAML test suite, \(title): \(total) cases; passed \(group(passed)); \(listedLabel) \(group(expected))"
        if !other.isEmpty { text += "; not compared \(group(other))" }
        return text + "; unexpected \(unexpected)"
    }

    private static func add(_ label: String, to items: inout [(label: String, count: Int)]) {
        if let index = items.firstIndex(where: { $0.label == label }) {
            items[index].count += 1
        } else {
            items.append((label, 1))
        }
    }
}
