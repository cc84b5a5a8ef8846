import Testing
@testable import TallyReports

/// Long streams are written on every core in chunks; the bytes must be those of writing them one by one.
@Suite("JSON: long streams written in parallel")
struct JSONParallelStreamTests {
    /// An object holding `count` elements of each layout, written with or without the parallel path.
    func document(count: Int, parallel: Bool) -> String {
        let objects = JSONStream(count: count, parallel: parallel) { writer, index in
            writer.beginObject()
            writer.member("id", "R-\(index) \"quoted\"")
            writer.key("line")
            writer.integer(index)
            writer.endObject()
        }
        let strings = JSONStream(count: count, inline: true, parallel: parallel) { writer, index in writer.string("m\(index)") }
        return JSONValue.object([("before", .number(1)), ("evidence", .stream(objects)), ("ids", .stream(strings)),
                                 ("after", .array([.string("x")]))]).serialized()
    }

    @Test(arguments: [0, 1, JSONWriter.parallelChunk - 1, JSONWriter.parallelChunk, 5 * JSONWriter.parallelChunk + 17, 20 * JSONWriter.parallelChunk + 3])
    func theSameBytesAsOneByOne(count: Int) {
        let serial = document(count: count, parallel: false)
        #expect(document(count: count, parallel: true) == serial)
        // And the serial layout is the one of FORMAT.md's examples: one member per line, ids inline.
        if count >= 2 {
            #expect(serial.contains("\n    {\n      \"id\": \"R-1 \\\"quoted\\\"\",\n      \"line\": 1\n    },\n    {\n      \"id\": \"R-2"))
            #expect(serial.contains("\"ids\": [\"m0\", \"m1\", "))
        }
    }

    /// A stream read from a sequence (a roll-up's rows, read back from disk) starts again when it is
    /// written again: the same bytes twice, not an empty array the second time.
    @Test func aStreamOverASequenceWritesTheSameTwice() {
        let value = JSONValue.object([("names", .stream(JSONStream(["Tổ Toán", "Tổ Văn"], inline: true) { writer, name in writer.string(name) }))])
        let first = value.serialized()
        #expect(first.contains("[\"Tổ Toán\", \"Tổ Văn\"]"))
        #expect(value.serialized() == first)
    }
}
