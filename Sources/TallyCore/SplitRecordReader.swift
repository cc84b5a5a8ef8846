import Foundation
import TallyYAML

/// Reads one large YAML records file on two cores. libyaml parses on one core only, so the file
/// is cut between two top-level records (at a line starting with "- ", a little past the middle)
/// and each part is parsed and built on its own core; the second part's marks count the lines
/// before it, so every error and record names its line in the file.
///
/// The result is exactly what one reader gives, or nil (read the file whole) whenever that is
/// not certain: a part stopped on a syntax error (a cut inside a quoted or flow value ends the
/// first part with one), a part is not a plain list of records (a document marker or directive
/// at the cut, no list before it), the second part gave a once-per-file warning, the parts
/// together hold too many records or kinds, or the part before the cut has line breaks other
/// than LF (CR, NEL, LS, PS), whose counting is libyaml's business. Anchors, aliases and tags
/// are errors in records files, so no value depends on the other part.
enum SplitRecordReader {
    /// Files smaller than this are read whole: the second thread would not pay for itself.
    static let minimumBytes = 8 << 20

    /// Reads `path` of `size` bytes in two parts, or nil (see the type's comment).
    static func read(_ path: String, rules: RecordRules, size: Int) -> RecordBuilder? {
        guard Cores.count > 1, size >= minimumBytes,
              let split = splitOffset(path, size: size) else { return nil }
        return read(path, rules: rules, size: size, split: split)
    }

    /// Reads `path` of `size` bytes cut at byte `split`, or nil (see the type's comment).
    static func read(_ path: String, rules: RecordRules, size: Int, split: Int) -> RecordBuilder? {
        guard split > 0, split < size else { return nil }
        let parts = Parts()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                parts.first = readPart(path, range: 0..<split, lines: 0, characters: 0, part: .first, rules: rules, size: size)
            } else if let before = LinesBefore(path, end: split) {
                parts.rest = readPart(path, range: split..<size, lines: before.lines, characters: before.characters, part: .rest, rules: rules, size: size)
            }
        }
        // Taken out of `parts`, so that the first part's arrays are not shared and grow in place
        // (a shared copy would be copied whole on the first append: the file's records twice).
        guard var first = parts.take(\.first), var rest = parts.take(\.rest), first.absorb(&rest) else { return nil }
        return first
    }

    /// The records of bytes `range` of `path`, after `lines` lines and `characters` characters,
    /// read without libyaml when they are of the plain shape (see FlatRecordEvents); nil when they
    /// are not what a split promised (see the type's comment).
    private static func readPart(_ path: String, range: Range<Int>, lines: Int, characters: Int, part: RecordFilePart,
                                 rules: RecordRules, size: Int) -> RecordBuilder? {
        let expected = part == .first ? size : range.count
        if let (reader, builder) = YAMLRecordReader.reading(plain: FlatRecordEvents(path: path, range: range, linesBefore: lines, charactersBefore: characters),
                                                             rules: rules, part: part, expectedBytes: expected) {
            return usable(reader, builder, part: part) ? builder : nil
        }
        guard let events = YAMLEventReader(streamingPath: path, range: range, linesBefore: lines, charactersBefore: characters) else { return nil }
        var reader = YAMLRecordReader(events: events, rules: rules, part: part, expectedBytes: expected)
        let builder = reader.read()
        return usable(reader, builder, part: part) ? builder : nil
    }

    /// Whether a part's records can be joined: no syntax error, a plain list of records, and (for
    /// the second part) no once-per-file warning.
    private static func usable(_ reader: YAMLRecordReader<some YAMLEventSource>, _ builder: RecordBuilder, part: RecordFilePart) -> Bool {
        !reader.stopped && !reader.unsplittable && (part == .first || !builder.hasWarnedOncePerFile)
    }

    /// The offset of a line starting with "- " a little past the middle of the file, if one is
    /// near: the second part's thread first counts the lines before the cut, so the first part
    /// gets 1/128 of the file more (1/32 left it finishing last; an even cut was slower too).
    static func splitOffset(_ path: String, size: Int) -> Int? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        let target = size / 2 + size / 128
        var window = [UInt8](repeating: 0, count: 1 << 16)
        guard fseeko(file, off_t(target), SEEK_SET) == 0 else { return nil }
        let count = fread(&window, 1, window.count, file)
        guard count >= 3 else { return nil }
        for index in 0..<(count - 2) where window[index] == 0x0A && window[index + 1] == UInt8(ascii: "-") && window[index + 2] == 0x20 {
            return target + index + 1
        }
        return nil
    }

    /// Where each part's builder is left by its thread.
    private final class Parts: @unchecked Sendable {
        var first: RecordBuilder?
        var rest: RecordBuilder?

        /// The builder left at `part`, no longer held here.
        func take(_ part: ReferenceWritableKeyPath<Parts, RecordBuilder?>) -> RecordBuilder? {
            defer { self[keyPath: part] = nil }
            return self[keyPath: part]
        }
    }
}
