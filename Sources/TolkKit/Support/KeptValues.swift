import Foundation

/// Answers worked out once per key and kept: for work whose answer for a key does not change
/// while the value lives (a language's plural rules, a URL's QR code). Safe from many threads;
/// the work runs outside the lock, so two threads asking for a new key at once may both do it,
/// and keep the same answer.
final class KeptValues<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    init() {}

    /// The kept answer for `key`, or `compute`'s, which is kept (nil answers too).
    func value(for key: Key, compute: (Key) -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = compute(key)
        lock.withLock { values[key] = value }
        return value
    }
}
