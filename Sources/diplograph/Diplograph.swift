import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        rest were exported; 2 nothing could be exported (no readable input, unwritable output, bad lexicon), \
        or standard output or standard error could not be written; 64 the command line is wrong.
        """,
        version: Diplograph.version,
        subcommands: [Export.self, Explain.self, Validate.self]
    )

    /// Parses and runs the command. Usage errors are one line on stderr with status 64; a run whose
    /// standard output or error could not be written ends with status 2 rather than a crash.
    static func main() {
        StandardStreams.reserveClosedDescriptors()
        var status: Int32 = 0
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            status = code.rawValue
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "wrong command line"
            StandardStreams.writeError("diplograph: " + message + " (see --help)\n")
            status = ExitCode.validationFailure.rawValue
        }
        if !StandardStreams.flushOutput() {
            StandardStreams.writeError("diplograph: standard output: cannot write: \(String(cString: strerror(errno)))\n")
            status = max(status, ExitStatus.failure)
        }
        if StandardStreams.lostError && status < ExitStatus.failure { status = ExitStatus.failure }
        terminate(status)
    }
}

/// Ends the process with `status` (the C library's `exit`, out of reach of the command's own
/// `exit(withError:)` by name).
private func terminate(_ status: Int32) -> Never { exit(status) }
