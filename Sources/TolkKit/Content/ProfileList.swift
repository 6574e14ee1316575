import Yams

/// `profiles: [oslo]` in a topic's front matter or an exercise: the clinics that publish it.
/// Whether the names exist is checked against site.yml when the project is loaded.
enum ProfileList {
    static func load(_ node: Yams.Node?, yaml: YAMLDocument) -> Staged<[String]?> {
        guard let node else { return Staged(nil) }
        let names = node.sequence?.compactMap(\.text) ?? node.text.map { [$0] }
        guard let names, !names.isEmpty else {
            return Staged(nil, diagnostics: [.error("profiles", at: yaml.location(of: node),
                "`profiles` must list the profiles that publish this page, e.g. `profiles: [oslo]`",
                hint: "leave `profiles` out to publish the page for every profile")])
        }
        return Staged(names)
    }
}
