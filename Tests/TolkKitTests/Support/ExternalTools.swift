import Foundation

/// Real translation tools the kit tests run against, when the machine has them: translate-toolkit
/// (PyPI; the storage layer of Weblate and Pootle) in a venv the tests create or reuse, and GNU
/// gettext's `msgfmt`. Each is nil when it cannot be had, and its tests are skipped saying why.
enum ExternalTools {
    /// The venv's python with translate-toolkit installed (`TOLK_TRANSLATE_TOOLKIT_PYTHON`
    /// overrides it), installed with pip on first use.
    static let translateToolkit: URL? = {
        if let given = ProcessInfo.processInfo.environment["TOLK_TRANSLATE_TOOLKIT_PYTHON"] {
            return hasTranslateToolkit(URL(fileURLWithPath: given)) ? URL(fileURLWithPath: given) : nil
        }
        let venv = URL(fileURLWithPath: "/tmp/venv-tt")
        let python = venv.appendingPathComponent("bin/python")
        if hasTranslateToolkit(python) { return python }
        guard run("/usr/bin/env", ["python3", "-m", "venv", venv.path], timeout: 120) == 0,
              run(venv.appendingPathComponent("bin/pip").path, ["install", "-q", "translate-toolkit"], timeout: 600) == 0,
              hasTranslateToolkit(python) else { return nil }
        return python
    }()

    static let msgfmt: URL? = ["/usr/bin/msgfmt", "/usr/local/bin/msgfmt"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    private static func hasTranslateToolkit(_ python: URL) -> Bool {
        FileManager.default.isExecutableFile(atPath: python.path)
            && run(python.path, ["-c", "import translate.storage.xliff2, translate.storage.po, translate.storage.tmx"], timeout: 60) == 0
    }

    /// Runs a program; its exit status, or nil when it could not start or took too long.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], timeout: TimeInterval = 120, output: UnsafeMutablePointer<String>? = nil) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate(); return nil }
        process.waitUntilExit()
        output?.pointee = String(decoding: data, as: UTF8.self)
        return process.terminationStatus
    }
}
