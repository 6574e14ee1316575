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

    /// Sets glibc's allocator up for a long-running server, once per process: one arena per
    /// core instead of eight, and buffers of a megabyte or more (a language index of a large
    /// site) mapped on their own, so they go back to the system when freed. glibc otherwise
    /// raises that threshold as big buffers are freed, and later ones land in the arenas
    /// between long-lived objects, where no trim can return them. Measured with
    /// `scripts/bench-serve --review` at 5,000 topics: resident 418 MiB after ten edits
    /// without this, 312 MiB with it (README, Preview server).
    static func configureForServer() {
        _ = configured
    }

    private static let configured: Bool = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let mmapThreshold: Int32 = -3, arenaMax: Int32 = -8  // M_MMAP_THRESHOLD, M_ARENA_MAX in malloc.h
        _ = mallopt(mmapThreshold, 1 << 20)
        _ = mallopt(arenaMax, Int32(max(2, ProcessInfo.processInfo.activeProcessorCount)))
        return true
        #else
        return false
        #endif
    }()

    #if canImport(Glibc)
    /// Looked up at run time: `malloc.h` is not part of Swift's Glibc module.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif
}
