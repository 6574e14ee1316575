import Foundation

extension SiteBuild {
    /// The profiles a command runs for, read from site.yml alone (before the whole project is
    /// loaded once per profile): `requested`, else every profile, else `[nil]` (no profiles).
    /// A problem in site.yml gives `[nil]`: loading the project then reports it in full.
    public static func profiles(root: URL, requested: String?) -> Staged<[String?]> {
        let url = root.appendingPathComponent(SiteConfigLoader.path)
        guard let data = try? Data(contentsOf: url), let text = TextDecoding.decode(data, path: SiteConfigLoader.path).value,
              let config = SiteConfigLoader.load(text).value else {
            return requested == nil ? Staged([nil]) : Staged([requested])
        }
        return Project(root: root, config: config, documents: []).profilesToRun(requested)
    }

    /// Where one profile is built when the command names an output folder: that folder for a
    /// single profile (`--profile oslo --output dir`), one subfolder per profile when it builds
    /// them all (`--output dir` → `dir/oslo/`, `dir/trondheim/`); nil keeps site.yml's setting.
    public static func output(_ output: URL?, profile: String?, building count: Int) -> URL? {
        guard let output, let profile, count > 1 else { return output }
        return output.appendingPathComponent(profile, isDirectory: true)
    }
}
