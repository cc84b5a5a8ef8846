import Foundation

/// The target lists of a roll-up's spooled rows: each list is written to a spool once (a row
/// keeps only where), and read back through a small cache, so that programmes sharing a template
/// share one list again. Both sides remember at most `limit` lists and start again past that:
/// a roll-up of programmes that each write their own targets does not hold them all.
final class TargetListStore: @unchecked Sendable {
    static let limit = 4_096
    private let spool = SpoolFile()
    /// Where each list seen lately was written; the list is held so that its identity stays its own.
    private var written: [ObjectIdentifier: (list: TargetList, offset: Int)] = [:]
    private let lock = NSLock()
    private var read: [Int: TargetList] = [:]

    /// Where `list` is in the spool, writing it there the first time (a list read back from the
    /// spool, as rows are merged, is where it was read from).
    func offset(of list: TargetList) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let known = written[ObjectIdentifier(list)] { return known.offset }
        if written.count >= Self.limit { written = [:] }
        var writer = ByteWriter()
        writer.int(list.ids.count)
        for place in list.ids.indices {
            writer.text(list.ids[place])
            writer.text(list.titles[place])
            writer.text(list.froms[place])
            writer.text(list.templateTitles[place])
        }
        let offset = spool.size
        spool.appendRecord(writer.bytes[...])
        written[ObjectIdentifier(list)] = (list, offset)
        return offset
    }

    /// The list written at `offset`.
    func list(at offset: Int) -> TargetList {
        lock.lock()
        defer { lock.unlock() }
        if let known = read[offset] { return known }
        // A small buffer: a list is a few hundred bytes (the buffer grows for a longer one).
        var cursor = SpoolCursor(spool, from: offset, to: spool.size, bufferSize: 512)
        var reader = cursor.next()!
        let count = reader.int()
        var ids: [String] = [], titles: [String] = [], froms: [String?] = [], templateTitles: [String?] = []
        for _ in 0..<count {
            ids.append(reader.text())
            titles.append(reader.text())
            froms.append(reader.optionalText())
            templateTitles.append(reader.optionalText())
        }
        let list = TargetList(ids: ids, titles: titles, froms: froms, templateTitles: templateTitles)
        if read.count >= Self.limit { read = [:] }
        read[offset] = list
        if written.count >= Self.limit { written = [:] }
        written[ObjectIdentifier(list)] = (list, offset)
        return list
    }
}

extension ProgrammeSummary {
    /// How summaries are written to a roll-up's spool and read back (their target lists go to `lists`).
    static func spoolCoding(lists: TargetListStore, less: @escaping (ProgrammeSummary, ProgrammeSummary) -> Bool) -> SpoolOrder<ProgrammeSummary> {
        SpoolOrder(encode: { summary, writer in
            writer.text(summary.organisation)
            writer.text(summary.sortKey)
            writer.text(summary.title)
            writer.text(summary.path)
            writer.text(summary.folder)
            writer.byte(summary.language == .vi ? 0 : 1)
            writer.int(Int(summary.asOf.number))
            writer.byte(UInt8(RollUpSummary.verdictRank(summary.verdict)))
            encode(summary.achieved, &writer)
            encode(summary.projected, &writer)
            writer.byte(summary.isProvisional ? 1 : 0)
            // A row read back from this store (merging runs) is written with its list's place, unread.
            if let spooled = summary.spooledList, spooled.store === lists { writer.int(spooled.offset) } else { writer.int(lists.offset(of: summary.targetList)) }
            writer.int(summary.statuses.count)
            for status in summary.statuses { writer.byte(UInt8(Status.allCases.firstIndex(of: status)!)) }
            writer.int(summary.position)
        }, decode: { reader in
            let organisation = reader.text(), sortKey = reader.text(), title = reader.text(), path = reader.text(), folder = reader.text()
            let language: Language = reader.byte() == 0 ? .vi : .en
            let asOf = Day(number: Int32(reader.int()))
            let verdict = Verdict.worstFirst[Int(reader.byte())]
            let achieved = decodeScore(&reader), projected = decodeScore(&reader)
            let isProvisional = reader.byte() == 1
            let listOffset = reader.int()
            let statuses = (0..<reader.int()).map { _ in Status.allCases[Int(reader.byte())] }
            return ProgrammeSummary(organisation: organisation, title: title, path: path, folder: folder, language: language, asOf: asOf,
                                    verdict: verdict, achieved: achieved, projected: projected, isProvisional: isProvisional,
                                    listIn: lists, at: listOffset, statuses: statuses, position: reader.int(), sortKey: sortKey)
        }, less: less)
    }

    private static func encode(_ score: Score, _ writer: inout ByteWriter) {
        writer.raw(score.value)
        writer.raw(score.double)
        writer.text(score.rating)
    }

    private static func decodeScore(_ reader: inout ByteReader) -> Score {
        Score(value: reader.raw(Decimal()), double: reader.raw(Double(0)), rating: reader.optionalText())
    }
}
