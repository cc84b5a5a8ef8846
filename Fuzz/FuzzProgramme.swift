import TallyCore
import TallyYAML

/// libFuzzer entry point for the programme loader: `ProgrammeLoader().load(source:)`; a
/// programme that loads is evaluated (without records) on a few days, explained and reminded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgramme(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let source = SourceFile(path: "fuzz.yaml", bytes: FuzzSupport.bytes(data, size))
    var loader = ProgrammeLoader()
    let programme = loader.load(source: source)
    FuzzSupport.render(loader.diagnostics)
    if let programme {
        _ = RecordRules(programme: programme)
        FuzzSupport.evaluate(programme, records: RecordSet())
    }
    return 0
}
