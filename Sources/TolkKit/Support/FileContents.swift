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
        // In one read sized by fstat (`ProjectFiles.readBytes`): FileHandle read in chunks and
        // joined them, for every translation file `tolk check` reads.
        var info = stat()
        if fstat(descriptor, &info) == 0, let bytes = ProjectFiles.readBytes(descriptor: descriptor, info) {
            close(descriptor)
            return .data(Data(bytes))
        }
        // A folder or a failed read: FileHandle says why, from the start of the file.
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
}
