import Foundation

/// A value made the first time a thread asks for it, by that thread, while any other thread
/// that asks meanwhile waits for it: work that only some of a parallel loop's jobs need is
/// done once, when the first of them needs it, instead of before the loop on one core. A
/// thrown error is kept and thrown to every caller.
final class OnceValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (() throws -> Value)?
    private var result: Result<Value, Error>?

    init(_ make: @escaping () throws -> Value) { self.make = make }

    /// The value, made now if no thread has made it yet.
    func value() throws -> Value {
        try lock.withLock {
            if let result { return try result.get() }
            let made = Result { try make!() }
            result = made
            make = nil
            return try made.get()
        }
    }
}
