import ArgumentParser
import DiplographExtraction
import DiplographInput
import DiplographModel
import Foundation

/// `diplograph explain`: each fact of an article with its kind, actors, date and sentence.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print each fact found in articles with the sentence it came from.")

    @Argument(help: "Article files or folders.")
    var inputs: [String]

    @Option(name: .long, help: "Folder with the lexicon's JSON files (default: the bundled lexicon).")
    var lexicon: String?

    @Flag(name: .long, help: "Also print, sentence by sentence, which rule read each fact and from which words.")
    var trace = false

    func run() throws {
        let lex = try loadLexicon(lexicon)
        let read = Inputs(inputs)
        let extractor = ArticleExtractor(lexicon: lex)
        for article in read.articles {
            let (g, facts) = trace ? extractor.extractTraced(article) : (extractor.extract(article), [])
            print("# \(TerminalText.line(article.file)) (published \(article.metadata.published?.iso ?? "unknown"))")
            let name = { (id: NodeID) in g.node(id)?.label ?? id.rawValue }
            for e in g.events {
                let parts = g.sources(into: e.id, .participant).map(name).joined(separator: ", ")
                print("event  \(e.eventType.rawValue)/\(e.mode.rawValue) \(e.status.rawValue) \(e.date?.iso ?? "-") [\(parts)]" + (e.location.isEmpty ? "" : " @\(e.location)") + (e.durationMinutes.map { " \($0) min" } ?? ""))
                for ev in e.evidence { print("       « \(ev.sentence) »") }
            }
            for d in g.demands {
                print("demand \(g.sources(into: d.id, .demands).map(name).joined(separator: ", ")) → \(g.targets(from: d.id, .addressee).map(name).joined(separator: ", ")) [\(d.topics.joined(separator: ", "))]")
                for ev in d.evidence { print("       « \(ev.sentence) »") }
            }
            for t in g.threats {
                print("threat \(g.sources(into: t.id, .threatens).map(name).joined(separator: ", ")) → \(g.targets(from: t.id, .target).map(name).joined(separator: ", ")) sanctions=\(t.sanctions) measure=\(t.measure) if=\(t.condition)")
                for ev in t.evidence { print("       « \(ev.sentence) »") }
            }
            print("actors " + g.actors.map { "\($0.label)(\($0.actorType.rawValue))" }.joined(separator: ", "))
            if trace {
                print("trace (each fact as first read, before repeats merge)")
                var last = -1
                for f in facts {
                    if f.sentence != last { print("  sentence \(f.sentence + 1): « \(f.evidence) »"); last = f.sentence }
                    print("    " + f.line)
                }
            }
            print("")
        }
        if read.skipped > 0 { throw ExitCode(ExitStatus.partial) }
    }

    /// Prints a line of the report with the article's text made safe for a terminal: control
    /// characters from the article are shown as escapes, never sent to the terminal raw.
    private func print(_ line: String) { Swift.print(TerminalText.body(line)) }
}
