import Testing
@testable import DiplographModel

/// The parts a streaming writer reads must join into exactly the values of `Node.attributes`,
/// checked here against values written out by hand.
@Suite struct AttributePartsTests {
    static func joined(_ parts: AttributeParts) -> String {
        var text = ""
        parts.forEachPiece { piece in
            switch piece {
            case .text(let part): text.append(contentsOf: part)
            case .number(let n): text += String(n)
            }
        }
        return text
    }

    static let article = NodeID(raw: "article-a")

    @Test func sentencesKeepTheFirstOfCanonicallyEquivalentSpellings() {
        let nfc = "Việt Nam", nfd = "Vie\u{0323}\u{0302}t Nam"
        let evidence = [
            Evidence(article: Self.article, sentence: nfd, start: 0, end: 8),
            Evidence(article: Self.article, sentence: "Hà Nội", start: 9, end: 15),
            Evidence(article: Self.article, sentence: nfc, start: 20, end: 28),
        ]
        let text = Self.joined(.sentences(evidence))
        #expect(Array(text.utf8) == Array((nfd + " | Hà Nội").utf8), "the NFD spelling came first and is the one kept")
        // More than 16 pieces of evidence take the set: the same answer.
        let many = (0..<20).map { Evidence(article: Self.article, sentence: $0 % 2 == 0 ? nfd : nfc, start: $0, end: $0 + 1) }
        #expect(Array(Self.joined(.sentences(many)).utf8) == Array(nfd.utf8))
    }

    @Test func aLongSentenceIsCutBetweenScalarsNotCharacters() {
        // "e" + COMBINING DOT BELOW + COMBINING CIRCUMFLEX: three scalars, one character. The cut
        // after `evidenceQuoteLimit` scalars falls inside such a character.
        let unit = "e\u{0323}\u{0302}"
        let sentence = String(repeating: unit, count: Node.evidenceQuoteLimit)
        let text = Self.joined(.sentences([Evidence(article: Self.article, sentence: sentence, start: 0, end: 1)]))
        let expected = String(String.UnicodeScalarView(sentence.unicodeScalars.prefix(Node.evidenceQuoteLimit))) + "…"
        #expect(text.unicodeScalars.count == Node.evidenceQuoteLimit + 1)
        #expect(Array(text.utf8) == Array(expected.utf8))
    }

    @Test func listsJoinAsTheAttributesDo() {
        #expect(Self.joined(.texts(["a", "", "b"])) == "a||b")
        #expect(Self.joined(.ids([NodeID(raw: "actor-a"), NodeID(raw: "actor-b")])) == "actor-a|actor-b")
        let evidence = [Evidence(article: Self.article, sentence: "x", start: 3, end: 9),
                        Evidence(article: NodeID(raw: "article-b"), sentence: "y", start: -1, end: 12)]
        #expect(Self.joined(.locators(evidence)) == "article-a:3-9|article-b:-1-12")
        #expect(Self.joined(.int(-42)) == "-42" && Self.joined(.bool(true)) == "true")
        #expect(AttributeParts.texts([""]).isEmpty && !AttributeParts.texts(["", ""]).isEmpty)
        #expect(AttributeParts.ids([]).isEmpty && !AttributeParts.ids([NodeID(raw: "a")]).isEmpty)
        #expect(AttributeParts.sentences([]).isEmpty && !AttributeParts.locators(evidence).isEmpty)
    }

    @Test func schemaIndexIsThePositionInAllCases() {
        for (index, attribute) in Attribute.allCases.enumerated() { #expect(attribute.schemaIndex == index, "\(attribute)") }
    }

    @Test func relationPositionIsThePositionInAllCases() {
        for (index, relation) in Relation.allCases.enumerated() { #expect(relation.position == index, "\(relation)") }
    }
}
