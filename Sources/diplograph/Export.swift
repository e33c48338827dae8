import ArgumentParser
import DiplographExport
import DiplographExtraction
import DiplographInput
import DiplographModel
import Foundation

/// `diplograph export`: read articles, build the graph, write it in one or more formats.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export the graph of articles as GraphML, RDF/XML and/or DOT.")

    @Argument(help: "Article files (.txt with optional YAML front matter) and/or folders of them.")
    var inputs: [String]

    @Option(name: .long, help: "Comma-separated formats: graphml, rdfxml, dot, gexf, turtle, ntriples (or 'all').")
    var format: String = "graphml,rdfxml,dot"

    @Option(name: .customLong("output-dir"), help: "Folder for NAME.graphml, NAME.rdf, NAME.dot and NAME.summary.json.")
    var outputDir: String = "exports"

    @Option(name: .long, help: "Base name of the output files (default: the first input folder's name).")
    var name: String?

    @Option(name: .long, help: "Write a single format to this file; '-' writes to standard output.")
    var output: String?

    @Option(name: .customLong("base-iri"), help: "Base IRI of resources in the RDF export.")
    var baseIRI: String = ExportOptions.defaultBaseIRI

    @Option(name: .long, help: "Folder with the lexicon's JSON files (default: the bundled lexicon).")
    var lexicon: String?

    @Option(name: .long, help: "Which graph to write: full (every node and edge) or actors (actor-to-actor edges met, called, demanded, threatened, affiliation; files NAME-actors.*).")
    var view: GraphView = .full

    @Flag(name: .customLong("no-cache"), help: "Read every article again instead of reusing graphs cached from earlier runs ($DIPLOGRAPH_CACHE, else $XDG_CACHE_HOME/diplograph, else ~/.cache/diplograph).")
    var noCache = false

    @Flag(name: .long, help: "Print the wall time of each phase (lexicon, read, extract, merge, each format) on stderr.")
    var timings = false

    @Flag(name: .long, help: "Show no progress line (it is shown only on a terminal, for more than 50 articles).")
    var quiet = false

    func validate() throws {
        let formats = try parsedFormats()
        if output != nil && formats.count != 1 {
            throw ValidationError("--output takes exactly one format; got \(formats.count). Use --output-dir for several.")
        }
        if inputs.isEmpty { throw ValidationError("give at least one article or folder") }
    }

    func parsedFormats() throws -> [ExportFormat] {
        if format.trimmingCharacters(in: .whitespaces).lowercased() == "all" { return ExportFormat.allCases }
        return try format.split(separator: ",").map { raw in
            let f = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard let parsed = ExportFormat(rawValue: f == "rdf" ? "rdfxml" : f) else {
                throw ValidationError("unknown format '\(f)'; choose from " + ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") + ", or all")
            }
            return parsed
        }
    }

    func run() throws {
        let timer = PhaseTimer(enabled: timings)
        let extractor: CachingExtractor
        do {
            let folder = try lexiconDirectory(lexicon)
            let articleExtractor = ArticleExtractor(lexicon: try Lexicon(directory: folder))
            extractor = CachingExtractor(cache: try ArticleCacheSetup.cache(disabled: noCache, lexiconDirectory: folder),
                                         extract: articleExtractor.extract)
        } catch {
            Inputs.warn("\(error)")
            throw ExitCode(ExitStatus.failure)
        }
        timer.lap("lexicon")
        var read = Inputs(inputs, digests: true)
        timer.lap("read")
        guard !read.articles.isEmpty else {
            Inputs.warn("no article could be read; nothing exported")
            throw ExitCode(ExitStatus.failure)
        }
        let corpus = extract(&read, with: extractor)
        let listed = summaryInputs(read), skipped = read.skipped
        read.articles = []
        MemoryRelease.afterPhase()
        timer.lap("extract")
        let graph = view.apply(corpus.finish())
        MemoryRelease.afterPhase()
        timer.lap("merge")
        let options = ExportOptions(baseIRI: baseIRI)
        do {
            let formats = try parsedFormats()
            if let output {
                if output == "-" {
                    let sink = StandardOutputSink()
                    try render(graph, as: formats[0], options: options, to: sink)
                    try sink.flush()
                } else {
                    let file = try stage(output)
                    try fill(file) { try render(graph, as: formats[0], options: options, to: $0) }
                    try commit([file])
                }
            } else {
                try makeFolder(outputDir)
                let base = (name ?? defaultName()) + view.nameSuffix
                // Stream every file into a temporary beside it, then commit them all: a failure
                // leaves every previous file as it was, and no document is ever whole in memory.
                var staged: [StagedFile] = []
                for format in formats {
                    let file = try stage((outputDir as NSString).appendingPathComponent(base + "." + format.fileExtension))
                    staged.append(file)
                    try fill(file) { try render(graph, as: format, options: options, to: $0) }
                    MemoryRelease.afterPhase()
                    timer.lap("write " + format.rawValue)
                }
                let summary = ExportSummary(graph: graph, view: view.rawValue, formats: formats.map(\.rawValue),
                                            files: formats.map { base + "." + $0.fileExtension },
                                            inputs: listed, skipped: skipped)
                let file = try stage((outputDir as NSString).appendingPathComponent(base + ".summary.json"))
                staged.append(file)
                try fill(file) { try $0.write(try summary.json()) }
                try commit(staged)
                timer.lap("summary, commit")
            }
        } catch let failure as OutputFailure {
            Inputs.warn("\(failure.path): \(failure.reason)")
            throw ExitCode(ExitStatus.failure)
        } catch {
            Inputs.warn("\(error)")
            throw ExitCode(ExitStatus.failure)
        }
        if skipped > 0 { throw ExitCode(ExitStatus.partial) }
    }

    /// Each article's graph, from the cache when it holds one for the same bytes, metadata, tool
    /// and lexicon, added to the corpus in article order, with a progress line on a terminal.
    ///
    /// Articles are extracted on every core a batch at a time; each batch's graphs are merged in
    /// article order before the next batch starts, so the result (and every byte written) is the
    /// same as a one-core run, and memory holds the corpus so far plus one batch, not every
    /// article's graph; each article's text is dropped once its batch is done.
    private func extract(_ read: inout Inputs, with extractor: CachingExtractor) -> CorpusMerger.Accumulator {
        let progress = ProgressLine(total: read.articles.count, quiet: quiet)
        defer { progress.finish() }
        var corpus = CorpusMerger.Accumulator()
        let batch = 512
        for start in stride(from: 0, to: read.articles.count, by: batch) {
            let end = min(start + batch, read.articles.count)
            let articles = read.articles[start..<end], digests = read.digests[start..<end]
            let graphs = Parallel.map(end - start) { offset in
                let index = start + offset
                let article = articles[index]
                let graph = extractor.extract(article, digest: digests[index])
                progress.update(file: article.file)
                return graph
            }
            for graph in graphs { corpus.add(graph) }
            for index in start..<end { read.articles[index] = read.articles[index].withoutText() }
        }
        return corpus
    }

    private func summaryInputs(_ read: Inputs) -> [ExportSummary.Input] {
        zip(read.articles, read.digests).map { article, digest in
            ExportSummary.Input(file: article.file, article: article.id.rawValue, sha256: digest ?? "")
        }
    }

    private func defaultName() -> String {
        guard let first = inputs.first else { return "graph" }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: first, isDirectory: &isDir), isDir.boolValue {
            let n = (URL(fileURLWithPath: first).standardizedFileURL.lastPathComponent)
            return n.isEmpty || n == "/" ? "graph" : n
        }
        return ((first as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

/// Which graph an export writes.
enum GraphView: String, CaseIterable, ExpressibleByArgument {
    /// Every node and edge.
    case full
    /// Actors only, linked by who met, called, demanded of or threatened whom (`KnowledgeGraph.actorView()`).
    case actors

    func apply(_ graph: KnowledgeGraph) -> KnowledgeGraph {
        switch self {
        case .full: return graph
        case .actors: return graph.actorView()
        }
    }

    /// Appended to the base name of the files: `NAME-actors.graphml`.
    var nameSuffix: String { self == .full ? "" : "-" + rawValue }
}
