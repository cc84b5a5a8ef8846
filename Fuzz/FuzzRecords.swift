import TallyCore
import TallyYAML

/// libFuzzer entry point for the record loader: the input is a records file (x.yaml, or x.csv
/// when built with `-D FUZZ_CSV`) of the 2024 example programme, loaded as `tally check` loads
/// it, then evaluated, explained and reminded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecords(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    #if FUZZ_CSV
    let name = "x.csv"
    #else
    let name = "x.yaml"
    #endif
    let source = SourceFile(path: name, bytes: FuzzSupport.bytes(data, size))
    var loader = RecordLoader()
    let records = loader.load(FuzzRecords.programme, inMemory: [source])
    FuzzSupport.render(loader.diagnostics)
    if !loader.diagnostics.hasErrors { FuzzSupport.evaluate(FuzzRecords.programme, records: records) }
    return 0
}

/// The programme the records are checked against, loaded once.
enum FuzzRecords {
    /// The 2024 example programme, with its `records:` patterns dropped so only the input is read.
    static let programme: Programme = {
        let path = FuzzSupport.repository.appendingPathComponent("programmes/2024-cd-so-ldtbxh-thai-nguyen.yaml").path
        var loader = ProgrammeLoader()
        guard var programme = loader.load(path: path) else {
            fatalError("the fuzz programme \(path) does not load: \(loader.diagnostics.items.map { $0.message(in: .en) })")
        }
        programme.recordPatterns = []
        programme.recordPatternMarks = []
        return programme
    }()
}

/// Loads the programme before fuzzing starts, so its one-time allocations are not taken for leaks.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzRecordsInitialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    _ = FuzzRecords.programme
    return 0
}
