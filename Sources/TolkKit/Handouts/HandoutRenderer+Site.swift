import Foundation

/// The handouts of a whole site: every published topic and exercise in every language, and
/// beside the source language for the others.
extension HandoutRenderer {
    /// One handout file to render.
    struct Job {
        var page: PageID
        var document: SourceDocument
        var language: LanguageSettings
        var bilingual: Bool
    }

    /// Every handout of the site (or those of `pages`), in a stable order.
    static func jobs(of site: LocalizedSite, pages: Set<PageID>? = nil) -> [Job] {
        // Only the documents asked for: a preview's edit renders one page of thousands.
        let documents = pages.map { pages in
            site.project.documents.indices.compactMap { index in
                LocalizedSite.pageID(of: site.project.documents[index]).map(pages.contains) == true ? site.project.documents[index] : nil
            }
        } ?? site.project.documents
        return site.project.config.languages.flatMap { language in
            documents.flatMap { jobs(of: $0, language: language, in: site) }
        }
    }

    /// The handouts of one document in one language: none when the page is not published in it,
    /// else its handout and, beside the source language, the bilingual one.
    static func jobs(of document: SourceDocument, language: LanguageSettings, in site: LocalizedSite) -> [Job] {
        // A video has its transcript on its page; there is nothing to print.
        guard let page = LocalizedSite.pageID(of: document), page.kind != .video,
              site.availability[language.tag]?[page]?.isPublished == true else { return [] }
        let single = Job(page: page, document: document, language: language, bilingual: false)
        guard language.tag != site.project.config.sourceLanguage else { return [single] }
        return [single, Job(page: page, document: document, language: language, bilingual: true)]
    }

    /// Renders every handout into `sink` (or those of `pages`), in parallel on all cores.
    func render(pages: Set<PageID>? = nil, into sink: OutputSink) throws {
        let jobs = Self.jobs(of: site, pages: pages)
        let errors = ResultSlots<Error>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let file = handoutPaths.file(job.page, language: job.language.tag, bilingual: job.bilingual)
            do {
                try sink.write(file, Data(handout(job.page, document: job.document, language: job.language, bilingual: job.bilingual).utf8))
            } catch {
                errors[index] = error
            }
        }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
    }
}
