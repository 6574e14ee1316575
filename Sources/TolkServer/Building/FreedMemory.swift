import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Gives memory freed by a build back to the system.
///
/// A render runs on every core, so glibc's allocator spreads its buffers over one arena per
/// thread; once the build's intermediate files are freed, the arenas keep the pages (they are
/// free inside the process, but still resident). `malloc_trim` returns them. Measured on the
/// 1,000-topic corpus it is most of the server's resident memory after a build (see the README).
enum FreedMemory {
    /// Returns free heap pages of every arena to the system; does nothing where glibc is absent.
    static func release() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    #if canImport(Glibc)
    /// Looked up at run time: `malloc.h` is not part of Swift's Glibc module.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif
}
