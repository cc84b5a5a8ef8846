import CYAML
import Foundation

/// A byte range of a file on disk that libyaml reads through a read handler, as if the
/// range were the whole file: how one large file is parsed in parts on several cores.
final class RangeInput {
    let file: UnsafeMutablePointer<FILE>
    var remaining: Int

    init?(path: String, range: Range<Int>) {
        guard let file = fopen(path, "rb") else { return nil }
        guard fseeko(file, off_t(range.lowerBound), SEEK_SET) == 0 else {
            fclose(file)
            return nil
        }
        self.file = file
        remaining = range.count
    }

    deinit { fclose(file) }

    /// libyaml's read handler: fills `buffer` with at most `size` bytes of the range.
    static func read(_ data: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UInt8>?, _ size: Int,
                     _ sizeRead: UnsafeMutablePointer<Int>?) -> Int32 {
        guard let data, let buffer, let sizeRead else { return 0 }
        let input = Unmanaged<RangeInput>.fromOpaque(data).takeUnretainedValue()
        let wanted = min(size, input.remaining)
        let count = wanted == 0 ? 0 : fread(buffer, 1, wanted, input.file)
        input.remaining -= count
        sizeRead.pointee = count
        return count < wanted && ferror(input.file) != 0 ? 0 : 1
    }
}
