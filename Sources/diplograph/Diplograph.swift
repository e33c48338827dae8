import ArgumentParser

/// The `diplograph` command: reads Vietnamese diplomacy news and writes its knowledge graph.
@main
struct Diplograph: ParsableCommand {
    /// The tool's version: in `--version`, export summaries and the cache key.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "diplograph",
        abstract: "Turn Vietnamese news articles about diplomacy into a knowledge graph (GraphML, GEXF, RDF/XML, Turtle, N-Triples, DOT).",
        discussion: """
        Exit status: 0 every input was read; 1 some inputs were skipped (each is named on stderr) but the \
        rest were exported; 2 nothing could be exported (no readable input, unwritable output, bad lexicon); \
        64 the command line is wrong.
        """,
        version: Diplograph.version,
        subcommands: [Export.self, Explain.self, Validate.self]
    )
}
