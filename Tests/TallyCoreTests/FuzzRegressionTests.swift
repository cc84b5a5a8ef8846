import Foundation
import Testing
@testable import TallyCore
import TallyYAML

/// Replays fuzz findings and the seed corpus through the fuzz targets' entry points.
///
/// Every file in Tests/Fixtures/fuzz-regressions/TARGET/ (inputs that once crashed, hung or
/// tripped a sanitizer; see scripts/fuzz) and every seed of that target runs in a child process
/// (an exit test), so an input that still crashes fails its own case instead of the whole run.
/// The entry points mirror the harnesses in Fuzz/; keep the two in step.
@Suite struct FuzzRegressionTests {
    @Test("yaml: YAMLDocument.parse", arguments: FuzzCases.yaml)
    func yaml(_ path: String) async { await FuzzCases.replay("yaml", path) }

    @Test("programme: ProgrammeLoader.load(source:)", arguments: FuzzCases.programme)
    func programme(_ path: String) async { await FuzzCases.replay("programme", path) }

    @Test("records-yaml: RecordLoader, YAML", arguments: FuzzCases.recordsYAML)
    func recordsYAML(_ path: String) async { await FuzzCases.replay("records-yaml", path) }

    @Test("records-csv: RecordLoader, CSV", arguments: FuzzCases.recordsCSV)
    func recordsCSV(_ path: String) async { await FuzzCases.replay("records-csv", path) }

    @Test("expression: ExpressionParser.parse and evaluation", arguments: FuzzCases.expression)
    func expression(_ path: String) async { await FuzzCases.replay("expression", path) }

    /// A CSV saved with classic Mac line endings (CR only) names the right line, as with LF or CR LF.
    @Test(arguments: ["CR", "LF", "CR LF"])
    func csvLineBreaksAreCounted(_ style: String) {
        let lineBreak = style.replacingOccurrences(of: "CR", with: "\r").replacingOccurrences(of: "LF", with: "\n").replacingOccurrences(of: " ", with: "")
        let rows = ["date,activity,unit", "12/03/2024,resolution-study,cd-sos", "31/02/2024,resolution-study,cd-sos"]
        var loader = RecordLoader()
        _ = loader.load(FuzzEntry.recordsProgramme, inMemory: [SourceFile(path: "x.csv", bytes: Array((rows.joined(separator: lineBreak) + lineBreak).utf8))])
        let error = loader.diagnostics.items.first { $0.message.contains("not a real date") }
        #expect(error?.start?.line == 3)
        #expect(error?.start?.column == 1)
    }

    /// Guards against replaying nothing when the seed folders move.
    @Test func seedCorpusIsFound() {
        #expect(FuzzCases.programme.count >= 2 && FuzzCases.recordsCSV.count >= 2 && FuzzCases.expression.count >= 5)
        #expect(FuzzCases.yaml.count > FuzzCases.recordsYAML.count && FuzzCases.recordsYAML.count >= 5)
    }
}

/// The input files of each target, as paths relative to the repository.
enum FuzzCases {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let yaml = list("yaml", seeds: ["programmes", "programmes/records/*"], ext: "yaml")
    static let programme = list("programme", seeds: ["programmes"], ext: "yaml")
    static let recordsYAML = list("records-yaml", seeds: ["programmes/records/*"], ext: "yaml")
    static let recordsCSV = list("records-csv", seeds: ["programmes/records/*"], ext: "csv")
    static let expression = list("expression", seeds: ["Fuzz/seeds/expression"], ext: nil)

    /// The saved regressions of `target`, then the files of the seed folders (`*` expands one level) ending in `.ext`.
    static func list(_ target: String, seeds: [String], ext: String?) -> [String] {
        let saved = files(in: "Tests/Fixtures/fuzz-regressions/\(target)", ext: nil)
        let seeded = seeds.flatMap { folder -> [String] in
            guard folder.hasSuffix("/*") else { return files(in: folder, ext: ext) }
            let parent = String(folder.dropLast(2))
            return files(in: parent, ext: nil).flatMap { files(in: $0, ext: ext) }
        }
        return saved + seeded
    }

    static func files(in folder: String, ext: String?) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && (ext == nil || $0.hasSuffix("." + ext!)) && $0 != "README.md" }.sorted().map { "\(folder)/\($0)" }
    }

    /// CPU seconds one input may take (every input takes well under one once loading is linear).
    static let cpuLimit = 20.0

    /// Runs `path` through `target` in a child process, which must exit normally: a crash ends it
    /// with a signal, a hang with status 124 from the watchdog after `cpuLimit` CPU seconds.
    static func replay(_ target: String, _ path: String) async {
        await #expect(processExitsWith: .success, "\(target) must return diagnostics for \(path), not crash or hang") { [target, path] in
            let bytes = [UInt8](FileManager.default.contents(atPath: FuzzCases.root.appendingPathComponent(path).path) ?? Data())
            Thread.detachNewThread { FuzzCases.watchdog() }
            FuzzEntry.run(target, bytes)
        }
    }
}

extension FuzzCases {
    /// Ends the process when it has used more than `cpuLimit` CPU seconds: the input hangs.
    /// CPU time, not wall time, so that many cases running at once on few cores do not trip it.
    static func watchdog() {
        while true {
            Thread.sleep(forTimeInterval: 0.25)
            var usage = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &usage)
            if Double(usage.tv_sec) + Double(usage.tv_nsec) / 1e9 > cpuLimit {
                FileHandle.standardError.write(Data("still running after \(cpuLimit) CPU seconds: this input hangs\n".utf8))
                exit(124)
            }
        }
    }
}

/// The fuzz targets' entry points (Fuzz/FuzzYAML.swift, FuzzProgramme.swift, FuzzRecords.swift, FuzzExpression.swift).
enum FuzzEntry {
    static let targets: [(name: String, run: @Sendable ([UInt8]) -> Void)] = [
        ("yaml", yaml), ("programme", programme), ("records-yaml", { records($0, name: "x.yaml") }),
        ("records-csv", { records($0, name: "x.csv") }), ("expression", { expression(String(decoding: $0, as: UTF8.self)) }),
    ]

    static func run(_ target: String, _ bytes: [UInt8]) {
        guard let entry = targets.first(where: { $0.name == target }) else { preconditionFailure("no fuzz target \(target)") }
        entry.run(bytes)
    }

    static func yaml(_ bytes: [UInt8]) {
        let source = SourceFile(path: "fuzz.yaml", bytes: bytes)
        for document in [YAMLDocument(), YAMLDocument(allowsAliases: false)] {
            let (root, errors) = document.parse(source)
            var diagnostics = Diagnostics()
            for error in errors { diagnostics.add(.yaml(error, in: source)) }
            render(diagnostics)
            if let root { walk(root, in: source) }
        }
    }

    static func walk(_ node: Node, in source: SourceFile) {
        _ = (node.kindName, node.isNull, source.line(node.start.line), source.line(node.end.line))
        switch node.content {
        case .scalar: break
        case .sequence(let items): items.forEach { walk($0, in: source) }
        case .mapping(let pairs): pairs.forEach { walk($0.key, in: source); walk($0.value, in: source) }
        }
    }

    static func programme(_ bytes: [UInt8]) {
        var loader = ProgrammeLoader()
        let programme = loader.load(source: SourceFile(path: "fuzz.yaml", bytes: bytes))
        render(loader.diagnostics)
        precondition(programme != nil || loader.diagnostics.hasErrors, "no programme, yet no error to say why")
        if let programme {
            _ = RecordRules(programme: programme)
            evaluate(programme, records: RecordSet())
        }
    }

    /// The 2024 example programme without its `records:` patterns, as FuzzRecords.swift uses it.
    static let recordsProgramme: Programme = {
        var loader = ProgrammeLoader()
        guard var programme = loader.load(path: FuzzCases.root.appendingPathComponent("programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml").path) else {
            preconditionFailure("the example programme does not load: \(loader.diagnostics.items.map(\.message))")
        }
        programme.recordPatterns = []
        programme.recordPatternMarks = []
        return programme
    }()

    static func records(_ bytes: [UInt8], name: String) {
        var loader = RecordLoader()
        let records = loader.load(recordsProgramme, inMemory: [SourceFile(path: name, bytes: bytes)])
        render(loader.diagnostics)
        if !loader.diagnostics.hasErrors { evaluate(recordsProgramme, records: records) }
    }

    static func expression(_ text: String) {
        let expression: TallyCore.Expression
        do {
            expression = try ExpressionParser.parse(text)
        } catch {
            precondition(error.offset >= 0 && error.offset <= text.count, "failure offset \(error.offset) outside 0...\(text.count)")
            return
        }
        _ = (expression.fieldNames, expression.rosterNames, expression.truthyFields, expression.numericFields)
        let (programme, records) = expressionFixture
        let context = ExpressionContext(records: records, rosters: programme.rosters)
        let compiled = expression.compiled(context)
        for index in 0..<records.count {
            precondition(expression.holds(for: index, in: context) == compiled(index), "holds and compiled disagree on record \(index)")
        }
        let period = programme.period
        var withCondition = programme
        withCondition.targets = [
            Target(id: "where", title: "count where", measure: .count(kinds: ["conference"], distinct: nil),
                   condition: expression, conditionText: text, atLeast: .number(2), window: period),
            Target(id: "each", title: "each where", measure: .count(kinds: ["conference", "visit"], distinct: nil),
                   condition: expression, conditionText: text, each: "centres", atLeast: .number(1), window: period),
            Target(id: "share", title: "share that", measure: .share(kinds: ["conference", "visit"], that: expression),
                   thatText: text, atLeast: .percent(50), window: period),
            Target(id: "sum", title: "sum where", measure: .sum(field: "amount", kinds: ["visit"]),
                   condition: expression, conditionText: text, atLeast: .number(1000), window: period,
                   milestones: [Milestone(by: Day(year: 2024, month: 6, day: 30)!, atLeast: .percent(50))]),
        ]
        evaluate(withCondition, records: records)
    }

    /// The programme and records of Fuzz/FuzzExpression.swift.
    static let expressionFixture: (Programme, RecordSet) = {
        let period = DateWindow.year(2024)!
        let centres = Roster(name: "centres", members: [
            .init(name: "Văn phòng Sở"),
            .init(id: "dvvl", name: "Trung tâm Dịch vụ việc làm", aliases: ["TTDVVL"], attributes: ["headcount": .number(35)]),
            .init(name: "Thanh tra Sở", attributes: ["headcount": .number(12)]),
        ])
        let programme = Programme(title: "Fuzz", organisation: "Fuzz", period: period, language: .vi, rosterOrder: ["centres"],
                                  rosters: ["centres": centres], activities: [("conference", "Hội nghị"), ("visit", "Thăm hỏi")], path: "fuzz.yaml")
        var set = RecordSet()
        let file = set.fileID("fuzz-records.yaml")!
        let kinds = [set.kindID("conference")!, set.kindID("visit")!]
        let (unit, title, evidence) = (KnownField.unit, KnownField.title, KnownField.evidence)
        let amount = set.fieldID("amount")!, attended = set.fieldID("attended")!, held = set.fieldID("held")!, note = set.fieldID("note")!
        func day(_ month: Int, _ day: Int) -> Day { Day(year: 2024, month: month, day: day)! }
        let rows: [(Day, Int, [(FieldID, Value)])] = [
            (day(1, 18), 0, [(unit, .text("Văn phòng Sở")), (title, .text("Hội nghị CBCC")), (attended, .bool(true)), (amount, .number(0))]),
            (day(2, 29), 0, [(unit, .text("TTDVVL")), (evidence, .list(["a.pdf", "b.pdf"])), (held, .date(day(2, 28)))]),
            (day(3, 31), 1, [(unit, .text("tttdvvl")), (amount, .number(2_000_000)), (note, .text(""))]),
            (day(6, 30), 1, [(unit, .text("Thanh tra Sở")), (amount, .number(-12.5)), (attended, .bool(false)), (note, .text("FALSE"))]),
            (day(12, 31), 0, [(unit, .list(["Văn phòng Sở", "dvvl"])), (amount, .number(Decimal(string: "123456789012345678901234567890")!))]),
            (day(7, 1), 1, []),
        ]
        for (line, (date, kind, fields)) in rows.enumerated() {
            set.append(day: date, kind: kinds[kind], file: file, line: Int32(line + 1), fields: fields)
        }
        return (programme, set)
    }()

    /// Renders diagnostics with their excerpt and caret, as the command line does.
    static func render(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.items {
            _ = (diagnostic.location, diagnostic.message, diagnostic.fix)
            if let start = diagnostic.start, let line = diagnostic.source?.line(start.line) {
                let remaining = line.unicodeScalars.count - (start.column - 1)
                _ = (line.unicodeScalars.prefix(max(0, start.column - 1)).count, max(1, min(diagnostic.width, remaining)))
            }
        }
    }

    /// Evaluates, explains and reminds on the days Fuzz/FuzzSupport.swift uses.
    static func evaluate(_ programme: Programme, records: RecordSet) {
        for (year, month, day) in [(2020, 6, 30), (2024, 6, 30), (2025, 1, 1)] {
            let evaluator = Evaluator(programme: programme, records: records, asOf: Day(year: year, month: month, day: day)!)
            let result = evaluator.evaluate()
            _ = ReminderPlanner.reminders(for: result, within: 14)
            for target in programme.targets { _ = Explanation(evaluator: evaluator, target: target) }
        }
    }
}
