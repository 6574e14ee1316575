import Foundation

/// A stable 64-bit FNV-1a hash (over 8-byte words) with the byte count, as hex: the same bytes give the same key in
/// every run (Swift's `Hasher` is seeded per process). Not a defence against someone crafting
/// collisions; the cache only has to notice ordinary edits.
struct ContentHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    private var count: UInt64 = 0

    mutating func add(_ data: Data) { data.withUnsafeBytes { add($0) } }

    mutating func add(_ buffer: UnsafeRawBufferPointer) {
        // Eight bytes per step, then the rest byte by byte: hashing every translation file
        // of a large site on each build must cost little next to reading them.
        var state = self.state
        let words = buffer.count / 8
        for index in 0..<words {
            state = (state ^ buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01b3
        }
        for index in (words * 8)..<buffer.count { state = (state ^ UInt64(buffer[index])) &* 0x0000_0100_0000_01b3 }
        self.state = state
        count &+= UInt64(buffer.count)
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        state = (state ^ 0xff) &* 0x0000_0100_0000_01b3
    }

    /// The text's UTF-8 bytes, hashed where they are (no `Data` is made: keys add many short strings).
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    var hex: String { String(state, radix: 16) + "-" + String(count, radix: 16) }
}
