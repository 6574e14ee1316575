/// Values a command has finished with that are not worth freeing one object at a time: the
/// process is about to end, and the system reclaims all of its memory at once.
enum KeepUntilExit {
    // Only the main thread touches this, once, just before the command returns.
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) { kept.append(value) }
}
