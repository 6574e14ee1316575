extension SiteRenderer {
    /// Renders the printable handouts of every published page (`<lang>/handouts/`) and the
    /// exercise program page of every language (`<lang>/program/`).
    func renderHandouts(interface: [String: InterfaceText], into sink: OutputSink) throws {
        let handoutTheme = try HandoutTheme.load(projectRoot: site.project.root, theme: theme)
        let renderer = HandoutRenderer(site: site, theme: handoutTheme, interface: interface,
                                       dates: SourceDates.load(projectRoot: site.project.root))
        try renderer.render(into: sink)
        try ProgramPage(renderer: renderer, theme: theme, options: options).render(into: sink)
    }
}
