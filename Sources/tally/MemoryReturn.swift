import Foundation

/// How freed memory goes back to the system. glibc's allocator raises its threshold for serving
/// large blocks from their own mappings each time such a block is freed, so after the first large
/// arrays of a check (a records file's parts, a target's candidates) later ones come from the
/// heap and stay with the process when freed: a million-record check peaked 23 MB higher. A fixed
/// threshold keeps large blocks in mappings, given back the moment they are freed.
enum MemoryReturn {
    /// Called once, before any thread starts.
    static func configure() {
        // mallopt is glibc's (malloc.h, which Swift's Glibc module leaves out): looked up by name,
        // and skipped on a C library without it.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3      // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(trimThreshold, 1 << 20)
        _ = mallopt(mmapThreshold, 128 << 10)
    }
}
