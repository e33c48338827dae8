import ArgumentParser
import DiplographExport
import DiplographExtraction
import DiplographInput
import DiplographModel
import Foundation

/// `diplograph export`: read articles, build the graph, write it in one or more formats.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export the graph of articles as GraphML, GEXF, RDF/XML, Turtle, N-Triples and/or DOT.")

    @Argument(help: "Article files and/or folders of them: text (.txt, .md, .text, with optional YAML front matter) or saved web pages (.html, .htm).")
    var inputs: [String]

    @Option(name: .long, help: "Comma-separated formats: graphml, rdfxml, dot, gexf, turtle, ntriples (or 'all'); each is written once.")
    var format: String = "graphml,rdfxml,dot"

    @Option(name: .customLong("output-dir"), help: "Folder for NAME.graphml, NAME.rdf, NAME.dot (and the other formats') files and NAME.summary.json (format extensions: graphml, rdf, dot, gexf, ttl, nt; default: exports).")
    var outputDir: String?

    @Option(name: .long, help: "Base name of the output files (default: the first input folder's name).")
    var name: String?

    @Option(name: .long, help: "Write a single format to this file (its folder is created; a FIFO or device is written through, a symbolic link's target replaced); '-' writes to standard output.")
    var output: String?

    @Option(name: .customLong("base-iri"), help: "Base IRI of resources in the RDF export; absolute, ending in '/' or '#'.")
    var baseIRI: String = ExportOptions.defaultBaseIRI

    @Option(name: .long, help: "Folder with the lexicon's JSON files (default: the lexicon built into the tool).")
    var lexicon: String?

    @Option(name: .long, help: "Which graph to write: full (every node and edge) or actors (actor-to-actor edges met, called, demanded, threatened, affiliation; files NAME-actors.*).")
    var view: GraphView = .full

    @Option(name: .customLong("dot-articles"), help: "What the DOT drawing shows of the articles: all (article nodes and their 'mentions' edges) or none.")
    var dotArticles: DOTArticles = .all

    @Flag(name: .customLong("all-directed"), help: "Write met and called as directed edges in GraphML and GEXF (default: undirected, as Gephi reads them), for readers such as networkx that refuse a graph mixing both.")
    var allDirected = false

    @Flag(name: .customLong("no-cache"), help: "Read every article again instead of reusing graphs cached from earlier runs ($DIPLOGRAPH_CACHE, else $XDG_CACHE_HOME/diplograph, else ~/.cache/diplograph).")
    var noCache = false

    @Flag(name: .long, help: "Print the wall time of each phase (lexicon, read, extract, merge, write, summary and commit) on stderr, with each format's time on its own thread.")
    var timings = false

    @Flag(name: .long, help: "Also read the articles in subfolders of the folders given (else each subfolder is named on stderr and left out).")
    var recursive = false

    @Flag(name: .long, help: "Show no progress line (it is shown only on a terminal, for more than 50 articles).")
    var quiet = false

    func run() throws {
        let timer = PhaseTimer(enabled: timings)
        let files = lexiconFiles(lexicon)
        // Nothing to do when the run that wrote the files recorded the same command and inputs
        // and its files are still as written (`UnchangedExport`).
        let unchanged = UnchangedExport.prepare(self, lexicon: files)
        if let unchanged, unchanged.holds(inputs: inputs, recursive: recursive) {
            timer.lap("unchanged", note: "same command, inputs and files as the recorded run: nothing written")
            return
        }
        if unchanged != nil { OutputDigests.shared.turnOn() }
        let extractor: CachingExtractor
        do {
            let articleExtractor = ArticleExtractor(lexicon: try Lexicon(files: files))
            extractor = CachingExtractor(cache: try ArticleCacheSetup.cache(disabled: noCache, lexicon: files),
                                         extract: articleExtractor.extract)
        } catch {
            Inputs.warn("\(error)")
            throw ExitCode(ExitStatus.failure)
        }
        timer.lap("lexicon")
        let startedReading = FileState.Timestamp.now()
        var read = Inputs(inputs, digests: true, recursive: recursive, states: unchanged != nil)
        timer.lap("read")
        guard !read.articles.isEmpty else {
            Inputs.warn("no article could be read; nothing exported")
            throw ExitCode(ExitStatus.failure)
        }
        let (corpus, cached) = extract(&read, with: extractor)
        let listed = summaryInputs(read), skipped = read.skippedInputs
        read.articles = []
        MemoryRelease.afterPhase()
        timer.lap("extract", note: "\(cached) of \(listed.count) articles from the cache" + (extractor.cache == nil ? " (off)" : ""))
        var full = corpus.finish()
        // A folder export keeps the ids its folder gave out before (`IdLedger`, NAME.ids.json).
        let ledgerName = IdLedgerFile.fileName(name ?? defaultName())
        // Written into its staged file before the writers' sorted view is built (`stagedLedger`).
        var ledgerEntries = output == nil ? try keepIDs(&full, ledger: (outputFolder as NSString).appendingPathComponent(ledgerName)) : nil
        var graph = view.apply(full)
        full = KnowledgeGraph()
        MemoryRelease.afterPhase()
        timer.lap("merge")
        let options = ExportOptions(baseIRI: baseIRI, undirectedSymmetric: !allDirected, dotArticles: dotArticles)
        do {
            let formats = try parsedFormats()
            if let output {
                try writeOne(to: output) { try render(graph, as: formats[0], options: options, to: $0) }
            } else {
                let folder = outputFolder
                try makeFolder(folder)
                let base = baseName + view.nameSuffix
                // Stream every file into a temporary beside it, then commit them all: a failure
                // leaves every previous file as it was, and no document is ever whole in memory.
                // The graph is final and only read from here, so each format is rendered on its
                // own thread; the error reported is that of the first failing format in order.
                // The id ledger's file is streamed from its entries first (staged, committed with
                // the rest), and its entries go before the sorted view is made: at 100,000
                // articles the two together were the run's peak. The view is sorted once for
                // every format, and shared: no thread holds its own copy.
                let ledgerOutcome = Self.stagedLedger(ledgerEntries, path: (folder as NSString).appendingPathComponent(ledgerName))
                ledgerEntries = nil
                MemoryRelease.afterPhase()
                let sorted = SortedGraph(graph)
                // `sorted` holds the nodes and the sorted edges: the edge set goes now, before the
                // writers add their own memory to the peak.
                graph = KnowledgeGraph()
                let outcomes = Parallel.map(formats.count) { index -> Result<(StagedFile, Duration), Error> in
                    let clock = ContinuousClock(), start = clock.now
                    let format = formats[index]
                    do {
                        let file = try stage((folder as NSString).appendingPathComponent(base + "." + format.fileExtension))
                        try fill(file) { try render(sorted, as: format, options: options, to: $0) }
                        // On disk before the commit, while the other formats are still being written.
                        try finish(file, in: folder)
                        return .success((file, clock.now - start))
                    } catch {
                        return .failure(error)
                    }
                }
                var staged: [StagedFile] = []
                for (format, outcome) in zip(formats, outcomes) {
                    let (file, duration) = try outcome.get()
                    staged.append(file)
                    timer.report("write " + format.rawValue, duration, note: "on its own thread")
                }
                MemoryRelease.afterPhase()
                timer.lap("write", note: "\(formats.count) format\(formats.count == 1 ? "" : "s") at once on \(Parallel.cores) cores")
                let summary = ExportSummary(graph: sorted, view: view.rawValue, formats: formats.map(\.rawValue),
                                            files: formats.map { base + "." + $0.fileExtension },
                                            inputs: listed, skipped: skipped.map { .init(path: $0.path, reason: $0.reason) },
                                            idLedger: ledgerName)
                let file = try stage((folder as NSString).appendingPathComponent(base + ".summary.json"))
                staged.append(file)
                try fill(file) { try $0.write(try summary.json()) }
                // (Its failure, if any, reported where the ledger's turn comes: after the others'.)
                if let ledgerFile = try ledgerOutcome.get() { staged.append(ledgerFile) }
                try commit(staged, into: folder)
                unchanged?.record(read, startedReading: startedReading, outputs: staged.map(\.path))
                timer.lap("summary, commit")
            }
        } catch let failure as OutputFailure {
            Inputs.warn("\(failure.path): \(failure.reason)")
            throw ExitCode(ExitStatus.failure)
        } catch {
            Inputs.warn("\(error)")
            throw ExitCode(ExitStatus.failure)
        }
        if !skipped.isEmpty { throw ExitCode(ExitStatus.partial) }
    }

    /// Each article's graph, from the cache when it holds one for the same bytes, metadata, tool
    /// and lexicon, added to the corpus in article order, with a progress line on a terminal.
    ///
    /// Articles are extracted on every core a batch at a time, on a thread of their own, while
    /// this thread merges the batch before into the corpus in article order, so the result (and
    /// every byte written) is the same as a one-core run, and memory holds the corpus so far plus
    /// two batches (of 256, as much as one of 512 before merging was overlapped), not every
    /// article's graph; each article's text is dropped once its batch is done. Also gives how many
    /// graphs came from the cache.
    private func extract(_ read: inout Inputs, with extractor: CachingExtractor) -> (CorpusMerger.Accumulator, Int) {
        let progress = ProgressLine(total: read.articles.count, quiet: quiet)
        defer { progress.finish() }
        var corpus = CorpusMerger.Accumulator()
        var cached = 0
        let batch = 256
        var extracted: [(graph: KnowledgeGraph, cached: Bool)] = []
        func merge(_ graphs: [(graph: KnowledgeGraph, cached: Bool)]) {
            for found in graphs {
                corpus.add(found.graph)
                if found.cached { cached += 1 }
            }
        }
        for start in stride(from: 0, to: read.articles.count, by: batch) {
            let end = min(start + batch, read.articles.count)
            // The batch's own arrays: dropping texts from `read` below copies nothing the thread holds.
            let articles = Array(read.articles[start..<end]), digests = Array(read.digests[start..<end])
            let extracting = Parallel.Background {
                Parallel.map(articles.count) { index in
                    let found = extractor.lookup(articles[index], digest: digests[index])
                    progress.update(file: articles[index].file)
                    return found
                }
            }
            merge(extracted)
            extracted = extracting.result()
            for index in start..<end { read.articles[index] = read.articles[index].withoutText() }
        }
        merge(extracted)
        extracted = []
        // The graphs stored on the way become readable to later runs.
        extractor.cache?.commit()
        return (corpus, cached)
    }

    /// `ledger` (when there is one) written into a file staged at `path`, or why it could not be.
    private static func stagedLedger(_ ledger: IdLedger?, path: String) -> Result<StagedFile?, Error> {
        guard let ledger else { return .success(nil) }
        return Result {
            let staged = try stage(path)
            try fill(staged) { try IdLedgerFile.write(ledger, to: $0) }
            return staged
        }
    }

    /// Gives `graph` the ids the ledger at `path` holds; the ledger to write with the export.
    /// A ledger that cannot be read stops the export (exit 2) before anything is written.
    private func keepIDs(_ graph: inout KnowledgeGraph, ledger path: String) throws -> IdLedger {
        do {
            return try IdLedgerFile.read(path).assign(&graph)
        } catch let failure as OutputFailure {
            Inputs.warn("\(failure.path): \(failure.reason)")
            throw ExitCode(ExitStatus.failure)
        }
    }

    private func summaryInputs(_ read: Inputs) -> [ExportSummary.Input] {
        zip(read.articles, read.digests).map { article, digest in
            ExportSummary.Input(file: article.file, article: article.id.rawValue, sha256: digest ?? "")
        }
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

extension DOTArticles: ExpressibleByArgument {}
