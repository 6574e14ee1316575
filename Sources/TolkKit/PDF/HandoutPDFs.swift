import Foundation

/// Prints the handouts of a built site to PDF, beside their HTML (`ur/handouts/chin-tuck.pdf`).
public enum HandoutPDFs {
    /// What the PDF stage did.
    public struct Summary: Sendable {
        public var written: Int
        public var seconds: Double
    }

    /// Prints every handout of `site` that is written below `folder`. Without Chromium, or when
    /// it fails, the handouts stay HTML only and a warning says why.
    public static func render(_ site: LocalizedSite, in folder: URL, chromium: URL? = nil,
                              tabs: Int = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))) -> Staged<Summary> {
        let started = Date()
        let paths = HandoutPaths(project: site.project)
        let dates = SourceDates.load(projectRoot: site.project.root)
        let jobs = HandoutRenderer.jobs(of: site).map { job in
            let file = paths.file(job.page, language: job.language.tag, bilingual: job.bilingual)
            let pdf = paths.file(job.page, language: job.language.tag, bilingual: job.bilingual, extension: "pdf")
            return ChromiumPDF.Job(html: folder.appendingPathComponent(file), pdf: folder.appendingPathComponent(pdf),
                                   date: dates[job.document.path])
        }
        guard !jobs.isEmpty else { return Staged(Summary(written: 0, seconds: 0)) }
        let engine: ChromiumPDF
        do {
            engine = try ChromiumPDF(executable: chromium, tabs: tabs)
        } catch {
            return Staged(Summary(written: 0, seconds: 0), diagnostics: [
                .warning("pdf", at: nil, "PDFs were skipped: \(error)", hint: "the HTML handouts were built and print from a browser"),
            ])
        }
        let failures = engine.print(jobs)
        engine.close()
        var diagnostics: [Diagnostic] = []
        if !failures.isEmpty {
            let shown = failures.prefix(3).map { "\($0.job.pdf.lastPathComponent): \($0.error)" }.joined(separator: "; ")
            diagnostics.append(.warning("pdf", at: nil, "\(failures.count) of \(jobs.count) PDFs could not be printed: \(shown)",
                hint: "their HTML handouts were built"))
        }
        return Staged(Summary(written: jobs.count - failures.count, seconds: Date().timeIntervalSince(started)), diagnostics: diagnostics)
    }
}

extension SiteBuild {
    /// `tolk build --pdf`: builds the site as `build` does and, before the new output replaces
    /// the old, prints every handout to PDF in the staging folder, so PDFs and HTML change together.
    public static func build(root: URL, output: URL? = nil, options: RenderOptions = RenderOptions(), chromium: URL? = nil,
                             profile: String? = nil, cache: BuildCacheSettings? = nil, keeping: ((Any) -> Void)? = nil,
                             withPDFs: Bool) -> Staged<(site: BuildSummary, pdf: HandoutPDFs.Summary?)?> {
        guard withPDFs else {
            let built = build(root: root, output: output, options: options, profile: profile, cache: cache, keeping: keeping)
            return Staged(built.value.map { ($0, nil) }, diagnostics: built.diagnostics)
        }
        var pdfSummary: HandoutPDFs.Summary?
        let built = build(root: root, output: output, options: options, profile: profile, cache: cache, keeping: keeping) { site, staging in
            let pdfs = HandoutPDFs.render(site, in: staging, chromium: chromium)
            pdfSummary = pdfs.value
            return Staged(pdfs.value.written, diagnostics: pdfs.diagnostics)
        }
        return Staged(built.value.map { ($0, pdfSummary) }, diagnostics: built.diagnostics)
    }
}
