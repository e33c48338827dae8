import DiplographModel
import Foundation
import Testing
@testable import DiplographExtraction
import DiplographInput

/// Each seed article rewritten with other spacing, invisible scalars, line ends or in NFD must
/// give the same graph: the same node ids and the same edges, with evidence that quotes the
/// rewritten text at its own offsets.
@Suite("Seed articles read alike in every layout variant")
struct SeedVariantTests {
    /// The package root, from this file's place in Tests/DiplographExtractionTests/.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedNames = ["000_c8040ac1193bc114.txt", "001_c370ad7c0e317180.txt", "002_3ff60346e14a73b1.txt",
                            "003_cdbb0bcf241d3574.txt", "004_6331191569c6f74b.txt"]

    static let lexicon = Result { try Lexicon.bundled() }

    /// A rewriting of an article's text, named for the test's arguments.
    struct Variant: CustomTestStringConvertible, Sendable {
        let name: String
        let rewrite: @Sendable (String) -> String
        var testDescription: String { name }
    }

    static let variants: [Variant] = [
        Variant(name: "every space doubled") { $0.replacingOccurrences(of: " ", with: "  ") },
        Variant(name: "spaces as tabs") { $0.replacingOccurrences(of: " ", with: "\t") },
        Variant(name: "spaces as no-break spaces") { $0.replacingOccurrences(of: " ", with: "\u{00A0}") },
        Variant(name: "spaces as tab, space, no-break space") { $0.replacingOccurrences(of: " ", with: "\t \u{00A0}") },
        Variant(name: "zero-width space inside words") { insideWords($0, "\u{200B}") },
        Variant(name: "zero-width joiner inside words") { insideWords($0, "\u{200D}") },
        Variant(name: "soft hyphen inside words") { insideWords($0, "\u{00AD}") },
        Variant(name: "CR LF line ends") { $0.replacingOccurrences(of: "\n", with: "\r\n") },
        Variant(name: "CR line ends") { $0.replacingOccurrences(of: "\n", with: "\r") },
        Variant(name: "NEL line ends") { $0.replacingOccurrences(of: "\n", with: "\u{85}") },
        Variant(name: "line separators") { $0.replacingOccurrences(of: "\n", with: "\u{2028}") },
        Variant(name: "paragraph separators") { $0.replacingOccurrences(of: "\n", with: "\u{2029}") },
        Variant(name: "NFD") { $0.decomposedStringWithCanonicalMapping },
    ]

    /// `mark` after the second letter of every word of more than three letters.
    static func insideWords(_ text: String, _ mark: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            if word.count > 3 {
                out.append(contentsOf: word[..<2])
                out.append(mark)
                out.append(contentsOf: word[2...])
            } else {
                out.append(contentsOf: word)
            }
            word.removeAll()
        }
        for s in text.unicodeScalars {
            if s.properties.isAlphabetic { word.append(s) } else { flush(); out.append(s) }
        }
        flush()
        return String(out)
    }

    static func extract(_ text: String, seed: String) throws -> KnowledgeGraph {
        let path = root.appendingPathComponent("seeds").appendingPathComponent(seed).path
        let article = try ArticleReader().read(bytes: Array(text.utf8), path: path)
        return ArticleExtractor(lexicon: try lexicon.get()).extract(article)
    }

    static func edges(_ g: KnowledgeGraph) -> Set<String> {
        Set(g.edges.map { "\($0.source.rawValue) \($0.relation) \($0.target.rawValue)" })
    }

    static func normalized(_ s: String) -> String {
        let t = NormalizedText(s)
        return t.string(0..<t.scalars.count)
    }

    @Test("same node ids and edges as the seed as written", arguments: seedNames, variants)
    func sameGraph(seed: String, variant: Variant) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("seeds").appendingPathComponent(seed), encoding: .utf8)
        let rewritten = variant.rewrite(text)
        // Scalar by scalar: String's == holds NFD and NFC text equal.
        #expect(!rewritten.unicodeScalars.elementsEqual(text.unicodeScalars), "the variant should change the text")

        let plain = try Self.extract(text, seed: seed)
        let varied = try Self.extract(rewritten, seed: seed)
        #expect(plain.nodes.count > 5, "the seed should give a graph worth comparing")
        #expect(Set(varied.nodes.map(\.id)) == Set(plain.nodes.map(\.id)))
        #expect(Self.edges(varied) == Self.edges(plain))

        // Evidence quotes the rewritten text at its offsets, and reads as the seed's evidence does.
        let scalars = Array(rewritten.unicodeScalars)
        for node in varied.nodes {
            for e in node.evidence {
                guard e.start >= 0, e.start <= e.end, e.end <= scalars.count else {
                    Issue.record("evidence of \(node.id) at \(e.start)..<\(e.end) outside the text")
                    continue
                }
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[e.start..<e.end])
                #expect(String(slice) == e.sentence)
            }
            let seen = Set(node.evidence.map { Self.normalized($0.sentence) })
            let expected = Set((plain.node(node.id)?.evidence ?? []).map { Self.normalized($0.sentence) })
            #expect(seen == expected, "evidence of \(node.id)")
        }
    }
}
