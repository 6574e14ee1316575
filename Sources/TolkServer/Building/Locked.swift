import Foundation

/// A value shared between the rebuild thread, NIO's event loops and Swift tasks.
///
/// A lock rather than an actor: request handlers read the current site on every request, and
/// a lock held for a pointer copy is cheaper than hopping to an actor's executor.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    var current: Value { withLock { $0 } }
}
