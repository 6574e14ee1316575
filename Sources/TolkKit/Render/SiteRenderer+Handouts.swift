extension SiteRenderer {
    /// Renders the printable handouts of every published page (issue 6; not built yet).
    func renderHandouts(interface: [String: InterfaceText], into sink: OutputSink) throws {}
}
