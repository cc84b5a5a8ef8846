import Foundation
import TallyYAML

/// Loads a programme file into the model, collecting every diagnostic instead of stopping at the first.
public struct ProgrammeLoader {
    public internal(set) var diagnostics = Diagnostics()
    /// What could be built of a programme that has errors: enough to check its records too,
    /// so that one run reports the errors of both.
    public private(set) var partial: Programme?
    /// The template with errors that this programme extends (its errors are reported at the template, once).
    public internal(set) var blockedByTemplate: String?
    /// The run's templates; nil to read them for this programme alone and report their errors with its own.
    let templates: TemplateCache?
    /// Whether the file is a template: organisation and the like may be absent, rosters may be left to programmes.
    let isTemplate: Bool
    /// The files extending one another down to this one, to catch a cycle.
    let chain: [String]
    /// The file's `extends:`, where errors about what a template target needs are reported.
    var extendsNode: Node?
    /// The title each target of the extended template has there, by id, before this file's `override:`.
    var templateTitles: [String: String] = [:]
    /// The template whose rosters, activities and targets this programme builds unchanged (see `TemplateParts`).
    var partsTemplate: String?
    /// The programme's `language:` when it names a valid one, even if the programme has errors.
    public private(set) var declaredLanguage: Language?

    public init(templates: TemplateCache? = nil) {
        self.init(templates: templates, isTemplate: false, chain: [])
    }

    init(templates: TemplateCache?, isTemplate: Bool, chain: [String]) {
        self.templates = templates
        self.isTemplate = isTemplate
        self.chain = chain
    }

    /// Reads and loads the programme at `path`; nil when it has errors (see `diagnostics`).
    public mutating func load(path: String) -> Programme? {
        read(path, what: "programme").flatMap { load(source: $0) }
    }

    /// Loads a programme from a file already in memory.
    public mutating func load(source: SourceFile) -> Programme? {
        guard let root = parse(source), let merged = withTemplate(root, path: source.path) else { return nil }
        let programme = build(merged, path: source.path)
        partial = programme
        return diagnostics.hasErrors ? nil : programme
    }

    mutating func read(_ path: String, what: String) -> SourceFile? {
        // Read already by the finder, and still the same file.
        if let bytes = ReadAhead.shared.take(path) { return SourceFile(path: path, bytes: bytes) }
        do {
            return try SourceFile.read(path: path)
        } catch {
            diagnostics.add(FileProblem.diagnostic(for: error, isProgramme: true))
            return nil
        }
    }

    /// The file's root node, or nil (reported) when it does not parse or is empty.
    mutating func parse(_ source: SourceFile) -> Node? {
        let (root, errors) = YAMLDocument().parse(source)
        for error in errors { diagnostics.add(.yaml(error, in: source)) }
        if root == nil && errors.isEmpty {
            diagnostics.add(Diagnostic(.emptyProgramme, ["what": isTemplate ? Subject.templateFile : Subject.programmeFile], source: source, at: Mark(line: 1, column: 1)))
        }
        return root
    }

    mutating func build(_ root: Node, path: String) -> Programme? {
        guard let fields = NodeFields(root, what: isTemplate ? Subject.template : Subject.programme, allowed: AllowedKeys.names(.programme), diagnostics: &diagnostics,
                                      example: "programme: ..., organisation: ..., period: 2024, targets: [...]") else { return nil }
        /// A template may leave any key to the programmes that extend it.
        func required(_ key: String, example: String, _ diagnostics: inout Diagnostics) -> Node? {
            isTemplate ? fields[key] : fields.required(key, what: Subject.programme, example: example, diagnostics: &diagnostics)
        }
        if isTemplate {
            for key in ["records", "journal", "exemptions"] {
                guard let node = fields.keyNode(key) else { continue }
                diagnostics.add(.keyNotInTemplate, ["key": "\(key)"], at: node)
            }
        }
        let title = required("programme", example: "programme: Chương trình công tác năm 2024", &diagnostics)
            .flatMap { Read.text($0, what: "programme", &diagnostics) }
        let organisation = required("organisation", example: "organisation: Công đoàn cơ sở ...", &diagnostics)
            .flatMap { Read.text($0, what: "organisation", &diagnostics) }
        let period = required("period", example: "period: 2024", &diagnostics)
            .flatMap { Read.window($0, what: "period", &diagnostics) }
        var language = Language.en
        if let node = fields["language"], let text = Read.text(node, what: "language", &diagnostics) {
            if let value = Language(rawValue: text.lowercased()) {
                language = value
                declaredLanguage = value
            } else {
                diagnostics.add(.unknownLanguage, ["value": "\(text)"], at: node)
            }
        }
        let shared = partsTemplate.flatMap { templates?.parts(of: $0) }
        var added = diagnostics.added
        let (rosterOrder, rosters) = shared.map { ($0.rosterOrder, $0.rosters) } ?? fields["rosters"].map { loadRosters($0) } ?? ([], [:])
        let activities = shared.map(\.activities) ?? fields["activities"].flatMap { loadActivities($0) }
        var clean = diagnostics.added == added
        let records = fields["records"].flatMap { Read.list($0, what: "records", &diagnostics) } ?? []
        let recordMarks = fields["records"].map { node in node.sequence?.map(\.start) ?? [node.start] } ?? []
        added = diagnostics.added
        var targets: [Target] = shared?.targets ?? []
        if shared == nil {
            var context = TargetLoader.Context(rosters: rosters, activities: activities?.map(\.kind), period: period, path: path, rostersOpen: isTemplate)
            if let node = required("targets", example: "targets: [...] (see the README)", &diagnostics) {
                targets = loadTargets(node, context: &context, path: path)
            }
            clean = clean && diagnostics.added == added
            if clean, let partsTemplate, let templates {
                templates.keep(TemplateParts(rosterOrder: rosterOrder, rosters: rosters, activities: activities, targets: targets), of: partsTemplate)
            }
        }
        let exemptions = fields["exemptions"].map { loadExemptions($0, targets: targets, rosters: rosters) } ?? []
        let rating = fields["rating"].map { loadRating($0) } ?? []
        guard let title, let organisation, let period else { return nil }
        var programme = Programme(title: title, organisation: organisation, period: period, language: language,
                                  rosterOrder: rosterOrder, rosters: rosters, activities: activities, recordPatterns: records,
                                  targets: targets, exemptions: exemptions, rating: rating, path: path)
        programme.recordPatternMarks = recordMarks
        programme.journal = isTemplate ? nil : fields["journal"].flatMap { JournalKey.load($0, patterns: records, programmePath: path, &diagnostics) }
        return programme
    }

    mutating func loadRosters(_ node: Node) -> ([String], [String: Roster]) {
        guard let pairs = node.mapping else {
            diagnostics.add(.notAMapping, ["what": "rosters", "found": node.kindWords, "example": "rosters: {centres: [Văn phòng, Tổ Ngữ văn]}"], at: node)
            return ([], [:])
        }
        var order: [String] = []
        var rosters: [String: Roster] = [:]
        for pair in pairs {
            guard let name = pair.key.scalar else { continue }
            guard let items = pair.value.sequence else {
                diagnostics.add(.notAList, ["what": Subject.roster(name), "found": pair.value.kindWords, "example": "- Văn phòng"], at: pair.value)
                continue
            }
            var roster = Roster(name: name, capacity: items.count)
            var marks: [Mark] = []
            for item in items {
                guard let member = loadMember(item, roster: name) else { continue }
                let spellings = member.spellings
                let earlier = roster.add(member, keys: spellings.map { UTF8Key(NameKey.of($0)) })
                for (spelling, other) in zip(spellings, earlier) {
                    guard let other else { continue }
                    diagnostics.add(Diagnostic(.duplicateMember, ["name": "\(spelling)", "roster": "\(name)"], at: item).noting(item.source, at: marks[other]))
                }
                marks.append(item.start)
            }
            order.append(name)
            rosters[name] = roster
        }
        return (order, rosters)
    }

    mutating func loadMember(_ node: Node, roster: String) -> Roster.Member? {
        if node.scalar != nil {
            return Read.text(node, what: Subject.member(of: roster), &diagnostics).map { Roster.Member(name: $0, line: node.start.line) }
        }
        guard let pairs = node.mapping else {
            diagnostics.add(.badMember, ["roster": "\(roster)"], at: node)
            return nil
        }
        var member = Roster.Member(name: "", line: node.start.line)
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            switch key {
            case "name": member.name = Read.text(pair.value, what: "name", &diagnostics) ?? ""
            case "id": member.id = Read.text(pair.value, what: "id", &diagnostics)
            case "aliases": member.aliases = Read.list(pair.value, what: "aliases", &diagnostics) ?? []
            default:
                guard let text = pair.value.scalar, !pair.value.isNull else {
                    diagnostics.add(.notASingleValue, ["what": "\(key)", "found": pair.value.kindWords], at: pair.value)
                    continue
                }
                let value = pair.value.style == .plain ? Value.typing(plain: text) : .text(text)
                if let value { member.attributes[key] = value } else if case .impossible(let why) = ScalarText.date(text) {
                    diagnostics.add(.impossibleDate, ["value": "\(text)", "reason": why], at: pair.value)
                }
            }
        }
        if member.name.isEmpty {
            diagnostics.add(.badMember, ["roster": "\(roster)"], at: node)
            return nil
        }
        return member
    }

    mutating func loadActivities(_ node: Node) -> [(kind: String, label: String)]? {
        if let items = node.sequence {
            return items.compactMap { Read.text($0, what: Subject.activityKind, &diagnostics) }.map { ($0, $0) }
        }
        guard let pairs = node.mapping else {
            diagnostics.add(.notAMapping, ["what": "activities", "found": node.kindWords, "example": "activities: {conference: Hội nghị cán bộ, công chức}"], at: node)
            return nil
        }
        return pairs.compactMap { pair in
            guard let kind = pair.key.scalar else { return nil }
            let label = pair.value.isNull ? kind : (Read.text(pair.value, what: Subject.label(of: kind), &diagnostics) ?? kind)
            return (kind, label)
        }
    }

    mutating func loadExemptions(_ node: Node, targets: [Target], rosters: [String: Roster]) -> [Exemption] {
        guard let items = node.sequence else {
            diagnostics.add(.notAList, ["what": "exemptions", "found": node.kindWords, "example": "- {target: conferences, reason: ..., approved-by: ...}"], at: node)
            return []
        }
        var result: [Exemption] = []
        for item in items {
            guard let fields = NodeFields(item, what: Subject.exemption, allowed: AllowedKeys.names(.exemption), diagnostics: &diagnostics) else { continue }
            let targetNode = fields.required("target", what: Subject.exemption, example: "target: conferences", diagnostics: &diagnostics)
            let reason = fields.required("reason", what: Subject.exemption, example: "reason: Chuyển về Sở Giáo dục", diagnostics: &diagnostics).flatMap { Read.text($0, what: "reason", &diagnostics) }
            let approver = fields.required("approved-by", what: Subject.exemption, example: "approved-by: Ban Thường vụ", diagnostics: &diagnostics).flatMap { Read.text($0, what: "approved-by", &diagnostics) }
            let until = fields["until"].flatMap { Read.day($0, what: "until", &diagnostics) }
            guard let targetNode, let targetID = Read.text(targetNode, what: "target", &diagnostics) else { continue }
            guard let target = targets.first(where: { $0.id == targetID }) else {
                diagnostics.add(Diagnostic(.unknownTarget, ["id": "\(targetID)"], at: targetNode).suggesting(Suggestion.nearest(to: targetID, in: targets.map(\.id))))
                continue
            }
            var memberName: String?
            if let memberNode = fields["member"], let text = Read.text(memberNode, what: "member", &diagnostics) {
                guard let rosterName = target.each, let roster = rosters[rosterName] else {
                    diagnostics.add(.memberExemptionWithoutEach, ["id": "\(targetID)"], at: memberNode)
                    continue
                }
                guard let position = roster.member(named: text) else {
                    diagnostics.add(Diagnostic(.unknownMember, ["name": "\(text)", "roster": Subject.roster(rosterName)], at: memberNode)
                        .suggesting(roster.suggestions(for: text)))
                    continue
                }
                memberName = roster.members[position].name
            }
            if let reason, let approver {
                result.append(Exemption(target: targetID, member: memberName, reason: reason, approvedBy: approver, until: until, line: item.start.line))
            }
        }
        return result
    }

    mutating func loadRating(_ node: Node) -> [RatingBand] {
        guard let items = node.sequence else {
            diagnostics.add(.notAList, ["what": "rating", "found": node.kindWords, "example": "- {at-least: 90%, label: Hoàn thành xuất sắc nhiệm vụ}"], at: node)
            return []
        }
        var bands: [RatingBand] = []
        for (index, item) in items.enumerated() {
            guard let fields = NodeFields(item, what: Subject.ratingBand, allowed: AllowedKeys.names(.ratingBand), diagnostics: &diagnostics) else { continue }
            let label = fields.required("label", what: Subject.ratingBand, example: "label: Hoàn thành tốt nhiệm vụ", diagnostics: &diagnostics).flatMap { Read.text($0, what: "label", &diagnostics) }
            var atLeast: Decimal?
            if let node = fields["at-least"], let text = Read.text(node, what: "at-least", &diagnostics) {
                guard let percent = ScalarText.percent(text), percent <= 100 else {
                    diagnostics.add(.notAPercentage, ["what": "at-least", "value": "\(text)"], at: node)
                    continue
                }
                if let previous = bands.last, let previousFloor = previous.atLeast, percent > previousFloor {
                    diagnostics.add(.ratingOutOfOrder, ["value": "\(text)"], at: node)
                }
                atLeast = percent
            } else if fields["at-least"] == nil, index < items.count - 1 {
                // It would catch every score, so the bands after it could never be given.
                diagnostics.add(.ratingBandWithoutBound, at: item)
            }
            if let label { bands.append(RatingBand(atLeast: atLeast, label: label)) }
        }
        return bands
    }
}

/// Diagnostics for files that cannot be read at all.
public enum FileProblem {
    public static func diagnostic(for error: SourceReadError, isProgramme: Bool) -> Diagnostic {
        let source = SourceFile(path: error.path, bytes: [])
        switch error {
        case .missing(let path):
            return Diagnostic(.fileNotFound, ["file": "\(path)", "path": "\(path)"], source: source)
        case .isDirectory(let path):
            let found = Diagnostic(.pathIsFolder, ["file": "\(path)", "path": "\(path)"], source: source)
            return isProgramme ? found.withOtherFix : found
        case .unreadable(let path):
            return Diagnostic(.unreadableFile, ["file": "\(path)", "path": "\(path)"], source: source)
        }
    }
}
