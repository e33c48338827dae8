import ArgumentParser
import DiplographExport
import DiplographExtraction
import DiplographModel
import Foundation

/// `diplograph export`: read articles, build the graph, write it in one or more formats.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export the graph of articles as GraphML, RDF/XML and/or DOT.")

    @Argument(help: "Article files (.txt with optional YAML front matter) and/or folders of them.")
    var inputs: [String]

    @Option(name: .long, help: "Comma-separated formats: graphml, rdfxml, dot.")
    var format: String = "graphml,rdfxml,dot"

    @Option(name: .customLong("output-dir"), help: "Folder for NAME.graphml, NAME.rdf, NAME.dot.")
    var outputDir: String = "exports"

    @Option(name: .long, help: "Base name of the output files (default: the first input folder's name).")
    var name: String?

    @Option(name: .long, help: "Write a single format to this file; '-' writes to standard output.")
    var output: String?

    @Option(name: .customLong("base-iri"), help: "Base IRI of resources in the RDF export.")
    var baseIRI: String = ExportOptions.defaultBaseIRI

    @Option(name: .long, help: "Folder with the lexicon's JSON files (default: the bundled lexicon).")
    var lexicon: String?

    func validate() throws {
        let formats = try parsedFormats()
        if output != nil && formats.count != 1 {
            throw ValidationError("--output takes exactly one format; got \(formats.count). Use --output-dir for several.")
        }
        if inputs.isEmpty { throw ValidationError("give at least one article or folder") }
    }

    func parsedFormats() throws -> [ExportFormat] {
        try format.split(separator: ",").map { raw in
            let f = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard let parsed = ExportFormat(rawValue: f == "rdf" ? "rdfxml" : f) else {
                throw ValidationError("unknown format '\(f)'; choose from graphml, rdfxml, dot")
            }
            return parsed
        }
    }

    func run() throws {
        let lex: Lexicon
        do { lex = try loadLexicon(lexicon) } catch {
            Inputs.warn("\(error)")
            throw ExitCode(ExitStatus.failure)
        }
        let read = Inputs(inputs)
        guard !read.articles.isEmpty else {
            Inputs.warn("no article could be read; nothing exported")
            throw ExitCode(ExitStatus.failure)
        }
        let extractor = ArticleExtractor(lexicon: lex)
        let graph = CorpusMerger.merge(read.articles.map(extractor.extract))
        let options = ExportOptions(baseIRI: baseIRI)
        do {
            if let output {
                let bytes = try render(graph, as: try parsedFormats()[0], options: options)
                if output == "-" { FileHandle.standardOutput.write(Data(bytes)) } else { try AtomicFile.write(bytes, to: output) }
            } else {
                try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
                let base = name ?? defaultName()
                // Render everything first so that a failure leaves every previous file as it was.
                let rendered = try parsedFormats().map { ($0, try render(graph, as: $0, options: options)) }
                for (f, bytes) in rendered {
                    try AtomicFile.write(bytes, to: (outputDir as NSString).appendingPathComponent(base + "." + f.fileExtension))
                }
            }
        } catch {
            Inputs.warn("\(error)")
            throw ExitCode(ExitStatus.failure)
        }
        if read.skipped > 0 { throw ExitCode(ExitStatus.partial) }
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
