import DiplographExtraction
import Foundation
import Testing

/// `IdLedger.jsonBytes()` writes the ledger's JSON itself; the files must stay the bytes Foundation's
/// `JSONEncoder` (pretty-printed, sorted keys, slashes unescaped) gave before.
@Suite("id ledger JSON")
struct IdLedgerJSONTests {
    static func encoded(_ ledger: IdLedger) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(ledger))
    }

    /// A small, seeded generator: the same cases on every run.
    struct Mix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Every character JSON treats specially, and some it does not.
    static let alphabet: [Unicode.Scalar] = (0..<0x80).compactMap(Unicode.Scalar.init)
        + ["é", "đ", "ư", "\u{0301}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{85}", "\u{A0}", "😀", "中"]

    static func text(_ rng: inout Mix) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...12, using: &rng) { s.unicodeScalars.append(alphabet.randomElement(using: &rng) ?? "x") }
        return s
    }

    static func list(_ rng: inout Mix) -> [String]? {
        switch Int.random(in: 0...3, using: &rng) {
        case 0: return nil
        case 1: return []
        default: return (0..<Int.random(in: 1...4, using: &rng)).map { _ in text(&rng) }
        }
    }

    @Test("the empty ledger and a ledger of every kind of entry are JSONEncoder's bytes")
    func handPicked() throws {
        #expect(IdLedger().jsonBytes() == (try Self.encoded(IdLedger())))
        let ledger = IdLedger(entries: [
            .init(id: "actor-putin", kind: "actor"),
            .init(id: "event-a", kind: "event", evidence: ["article-1:0-10", "article-1:20-30"], actors: ["actor-putin", "actor-ru"]),
            .init(id: "event-b", kind: "event", evidence: [], actors: []),
            .init(id: "event-c", kind: "event", replacedBy: "event-a"),
        ])
        let text = String(decoding: ledger.jsonBytes(), as: UTF8.self)
        #expect(ledger.jsonBytes() == (try Self.encoded(ledger)))
        // Checked by hand too: the layout of an empty list and of a retired id.
        #expect(text.contains("\"actors\" : [\n\n      ],\n      \"evidence\" : [\n\n      ],\n      \"id\" : \"event-b\""))
        #expect(text.contains("\"kind\" : \"event\",\n      \"replacedBy\" : \"event-a\"\n    }\n  ],\n  \"format\" : 1\n}"))
    }

    @Test("500 random ledgers, with every control character, quotes, slashes and non-ASCII text, are JSONEncoder's bytes")
    func random() throws {
        var rng = Mix(state: 13)
        for _ in 0..<500 {
            var ledger = IdLedger(entries: (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                IdLedger.Entry(id: Self.text(&rng), kind: Self.text(&rng), evidence: Self.list(&rng), actors: Self.list(&rng),
                               replacedBy: Bool.random(using: &rng) ? Self.text(&rng) : nil)
            })
            ledger.about = Self.text(&rng)
            ledger.format = Int.random(in: -5...1_000_000, using: &rng)
            let ours = ledger.jsonBytes(), theirs = try Self.encoded(ledger)
            #expect(ours == theirs, "\(String(decoding: theirs, as: UTF8.self))")
            if ours != theirs { return }
        }
    }
}
