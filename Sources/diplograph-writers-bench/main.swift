import DiplographExport
import DiplographExtraction
import DiplographInput
import DiplographModel
import Foundation

// Times each export writer alone on a graph built once from a folder of articles:
//
//     diplograph-writers-bench FOLDER [--runs N] [--formats graphml,rdfxml,...]
//
// The graph is read, extracted and merged as `diplograph export --no-cache` does and its sorted
// view (`SortedGraph`, which an export builds once and shares between its formats) is built and
// timed on its own; then every format is rendered from that view `--runs` times (default 3) into a
// sink that only counts bytes, so neither the disk nor the page cache is timed. The best run of each format is printed with elements per
// second of wall time and of the thread's CPU time (which other work on the machine does not
// inflate): nodes + edges for GraphML, GEXF and DOT, triples (lines of the N-Triples output) for
// RDF/XML, Turtle and N-Triples. Built for `scripts/bench/writers.sh`; nothing here is a test.

/// A sink that keeps nothing: the count of bytes it was given.
final class CountingSink: ByteSink {
    private(set) var count = 0
    private(set) var lines = 0
    let countLines: Bool
    init(countLines: Bool = false) { self.countLines = countLines }
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        count += bytes.count
        if countLines { for byte in bytes where byte == 0x0A { lines += 1 } }
    }
}

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// CPU time of the calling thread, in seconds: unlike wall time, it does not grow when other work
/// shares the cores.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("diplograph-writers-bench: " + message + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 3
var formats = ExportFormat.allCases
var folder: String?
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--runs":
        guard let value = arguments.first.flatMap({ Int($0) }), value > 0 else { fail("--runs needs a positive number") }
        runs = value
        arguments.removeFirst()
    case "--formats":
        guard let value = arguments.first else { fail("--formats needs a list") }
        formats = value.split(separator: ",").map { name in
            guard let format = ExportFormat(rawValue: String(name)) else { fail("unknown format '\(name)'") }
            return format
        }
        arguments.removeFirst()
    default:
        guard folder == nil else { fail("one folder only") }
        folder = argument
    }
}
guard let folder else { fail("usage: diplograph-writers-bench FOLDER [--runs N] [--formats LIST]") }

let started = DispatchTime.now()
let names: [String]
do {
    names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
} catch {
    fail("\(folder): \(error)")
}
let lexicon: Lexicon
do { lexicon = try Lexicon(files: .builtIn) } catch { fail("lexicon: \(error)") }
let extractor = ArticleExtractor(lexicon: lexicon)
let reader = ArticleReader()

/// Each article's graph, in file order (an unreadable file gives an empty graph and a message).
final class Slots: @unchecked Sendable {
    var graphs: [KnowledgeGraph]
    let lock = NSLock()
    init(_ count: Int) { graphs = Array(repeating: KnowledgeGraph(), count: count) }
}
let slots = Slots(names.count)
DispatchQueue.concurrentPerform(iterations: names.count) { index in
    let path = (folder as NSString).appendingPathComponent(names[index])
    guard let article = try? reader.read(path: path) else {
        FileHandle.standardError.write(Data("skipped \(path)\n".utf8))
        return
    }
    let graph = extractor.extract(article)
    slots.lock.lock()
    slots.graphs[index] = graph
    slots.lock.unlock()
}
var corpus = CorpusMerger.Accumulator()
for graph in slots.graphs { corpus.add(graph) }
slots.graphs = []
let graph = corpus.finish()
let edgeCount = graph.wellFormedEdges.count
print(String(format: "graph: %d articles, %d nodes, %d edges, built in %.1f s", names.count, graph.nodeCount, edgeCount,
             seconds(since: started)))

// The sorted view every format of an export shares (`SortedGraph`, built once per export by the
// command line): timed on its own, then given to every writer, as an export does.
var bestSort = Double.infinity, bestSortCPU = Double.infinity
var sortedGraph = SortedGraph(KnowledgeGraph())
for _ in 0..<runs {
    let start = DispatchTime.now(), startCPU = threadCPUSeconds()
    sortedGraph = SortedGraph(graph)
    bestSort = min(bestSort, seconds(since: start))
    bestSortCPU = min(bestSortCPU, threadCPUSeconds() - startCPU)
}
print(String(format: "sorted view (shared by all formats): best %.3f s wall, %.3f s CPU", bestSort, bestSortCPU))

let options = ExportOptions()
let triples: Int
do {
    let sink = CountingSink(countLines: true)
    try render(sortedGraph, as: .ntriples, options: options, to: sink)
    triples = sink.lines
} catch {
    fail("ntriples: \(error)")
}
print("triples: \(triples)")
print("format    | best wall s | best CPU s | elements | elements/wall s | elements/CPU s | MB/CPU s")
for format in formats {
    let elements: Int
    switch format {
    case .graphml, .gexf, .dot: elements = graph.nodeCount + edgeCount
    case .rdfxml, .turtle, .ntriples: elements = triples
    }
    var best = Double.infinity, bestCPU = Double.infinity
    var bytes = 0
    for _ in 0..<runs {
        let sink = CountingSink()
        let start = DispatchTime.now(), startCPU = threadCPUSeconds()
        do { try render(sortedGraph, as: format, options: options, to: sink) } catch { fail("\(format.rawValue): \(error)") }
        best = min(best, seconds(since: start))
        bestCPU = min(bestCPU, threadCPUSeconds() - startCPU)
        bytes = sink.count
    }
    let name = format.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
    print(name + String(format: " | %11.3f | %10.3f | %8d | %15.0f | %14.0f | %8.1f", best, bestCPU, elements,
                        Double(elements) / best, Double(elements) / bestCPU, Double(bytes) / 1e6 / bestCPU))
}
