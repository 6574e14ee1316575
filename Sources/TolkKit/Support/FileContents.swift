import Foundation

/// A file's bytes, telling "there is no such file" from "there is one, but it cannot be read"
/// (permissions, an I/O error): treating the second like the first would make `sync` write an
/// empty translation over a translator's file, or `build` call translated pages untranslated.
enum FileContents {
    case missing
    case data(Data)
    /// The system's reason, such as "Permission denied".
    case unreadable(String)

    static func read(_ url: URL) -> FileContents {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        // Straight into the buffer the `Data` keeps, sized by fstat: FileHandle read in chunks
        // and joined them, a copy of every translation file `tolk check` reads.
        var info = stat()
        if fstat(descriptor, &info) == 0, let data = readWhole(descriptor, info) {
            close(descriptor)
            return .data(data)
        }
        if lseek(descriptor, 0, SEEK_SET) != 0 {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return .unreadable(reason)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return .data(try handle.readToEnd() ?? Data())
        } catch {
            return .unreadable(AtomicFile.posixReason(error))
        }
    }

    /// The bytes of a regular file read to its end in one buffer, or nil (a folder, a failed
    /// read, a file that grew since `fstat`: the caller reads those the general way).
    private static func readWhole(_ descriptor: Int32, _ info: stat) -> Data? {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // One byte more than its size: a read that fills the buffer means the file grew.
        let capacity = max(Int(info.st_size), 0) + 1
        guard let buffer = malloc(capacity) else { return nil }
        var count = 0
        while count < capacity {
            let read = Glibc.read(descriptor, buffer + count, capacity - count)
            if read < 0 {
                if errno == EINTR { continue }
                free(buffer)
                return nil
            }
            if read == 0 { break }
            count += read
        }
        guard count < capacity else {
            free(buffer)
            return nil
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
    }
}
