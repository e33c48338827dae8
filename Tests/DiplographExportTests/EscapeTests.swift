import Testing
import DiplographModel
@testable import DiplographExport

/// Table-driven tests of each format's one escaping function, expected values written by hand.
/// Strings are compared as UTF-8 bytes: Swift's `==` treats NFC and NFD as equal.
@Suite struct EscapeTests {
    static let nfd = "Vie\u{0323}\u{0302}t Nam"

    static let xmlCases: [(input: String, expected: String)] = [
        ("plain ASCII", "plain ASCII"),
        ("", ""),
        ("a\u{1}b\u{8}c\u{B}d\u{C}e\u{1F}f", "abcdef"),
        ("nul\u{0}inside", "nulinside"),
        ("tab\tLF\nCR\r", "tab\tLF\nCR\r"),
        ("\u{FFFE}x\u{FFFF}", "x"),
        ("\u{FFFD}\u{E000}\u{D7FF}", "\u{FFFD}\u{E000}\u{D7FF}"),
        ("DEL \u{7F} NEL \u{85}", "DEL \u{7F} NEL \u{85}"),
        ("<&>\"' ]]>", "<&>\"' ]]>"),
        ("emoji 🇻🇳 👨‍👩‍👧 \u{10FFFF}", "emoji 🇻🇳 👨‍👩‍👧 \u{10FFFF}"),
        ("السلام שלום", "السلام שלום"),
        (nfd, nfd),
        ("Việt Nam | Hà Nội", "Việt Nam | Hà Nội"),
        // Neighbours of U+FFFE/U+FFFF in UTF-8 (EF BF BD, EF BE BF, EE BF BF, C3 BF) are kept.
        ("\u{FFFD}\u{FFBF}\u{EFFF}ÿ\u{FFEF}", "\u{FFFD}\u{FFBF}\u{EFFF}ÿ\u{FFEF}"),
        ("end\u{FFFF}", "end"),
        ("\u{1F}\u{20}", "\u{20}"),
    ]

    @Test("XML 1.0 cleaning", arguments: xmlCases)
    func xmlClean(input: String, expected: String) {
        #expect(Array(XMLText.clean(input).utf8) == Array(expected.utf8))
    }

    static let dotCases: [(input: String, expected: String)] = [
        ("plain", #""plain""#),
        ("", #""""#),
        ("a\"b", #""a\"b""#),
        ("a\\b", #""a\\b""#),
        ("ends\\", #""ends\\""#),
        ("\\\"", #""\\\"""#),
        ("\\n is not a newline", #""\\n is not a newline""#),
        ("l1\nl2", #""l1\nl2""#),
        ("l1\r\nl2", #""l1\nl2""#),
        ("l1\rl2", #""l1l2""#),
        ("t\tt", #""t t""#),
        ("a\u{1}b\u{7F}c\u{85}d\u{0}e\u{1B}f", #""abcdef""#),
        ("&amp; & &lt;", #""&amp;amp; &amp; &amp;lt;""#),
        ("node", #""node""#),
        ("subgraph strict", #""subgraph strict""#),
        ("x\u{FFFE}\u{FFFF}y", #""xy""#),
        ("emoji 🇻🇳 السلام", "\"emoji 🇻🇳 السلام\""),
        (nfd, "\"" + nfd + "\""),
        ("a -> b; c [x=1] { }", #""a -> b; c [x=1] { }""#),
        // C1 controls are C2 80–C2 9F in UTF-8: other characters with those bytes are kept.
        ("\u{80}\u{A0}Ā\u{9F}ÿ\u{FFFD}\u{FFBF}\u{EFFF}end\u{FFFE}", "\"\u{A0}Āÿ\u{FFFD}\u{FFBF}\u{EFFF}end\""),
        ("😀 \u{10FFFF}\r\n", #""😀 \#u{10FFFF}\n""#),
    ]

    @Test("DOT quoting", arguments: dotCases)
    func dotQuote(input: String, expected: String) {
        #expect(Array(DOTString.quoted(input).utf8) == Array(expected.utf8))
    }

    static let nTriplesStringCases: [(input: String, expected: String)] = [
        ("plain", #""plain""#),
        ("", #""""#),
        ("a\"b", #""a\"b""#),
        ("a\\b", #""a\\b""#),
        ("ends\\", #""ends\\""#),
        ("it's", #""it's""#),
        ("l1\nl2\r\nl3", #""l1\nl2\r\nl3""#),
        ("t\tb\u{8}f\u{C}", #""t\tb\bf\f""#),
        ("nul\u{0}bel\u{7}vt\u{B}esc\u{1B}us\u{1F}", #""nul\u0000bel\u0007vt\u000Besc\u001Bus\u001F""#),
        ("del\u{7F}nel\u{85}c1\u{9F}", #""del\u007Fnel\u0085c1\u009F""#),
        ("\u{FFFE}\u{FFFF}", #""\uFFFE\uFFFF""#),
        ("<tag> & @en ^^ . ;", #""<tag> & @en ^^ . ;""#),
        ("\\u0041 is not A", #""\\u0041 is not A""#),
        ("emoji 🇻🇳 السلام", "\"emoji 🇻🇳 السلام\""),
        (nfd, "\"" + nfd + "\""),
        // C1 controls are C2 80–C2 9F in UTF-8: other characters with those bytes are kept.
        ("\u{80}\u{A0}Ā\u{9F}ÿ", #""\u0080\#u{A0}Ā\u009Fÿ""#),
        ("\u{FFFD}\u{FFBF}\u{EFFF}\u{FFFE}end\u{FFFF}", "\"\u{FFFD}\u{FFBF}\u{EFFF}\\uFFFEend\\uFFFF\""),
        ("😀\u{10FFFF}", "\"😀\u{10FFFF}\""),
    ]

    @Test("N-Triples and Turtle string literals", arguments: nTriplesStringCases)
    func nTriplesString(input: String, expected: String) {
        #expect(Array(NTriplesText.string(input).utf8) == Array(expected.utf8))
    }

    static let nTriplesIRICases: [(input: String, expected: String)] = [
        ("https://w3id.org/diplograph/id/actor-putin", "<https://w3id.org/diplograph/id/actor-putin>"),
        ("http://ex.org/a b", "<http://ex.org/a%20b>"),
        ("http://ex.org/<>\"{}|^`\\", "<http://ex.org/%3C%3E%22%7B%7D%7C%5E%60%5C>"),
        ("http://ex.org/\u{0}\n\t", "<http://ex.org/%00%0A%09>"),
        ("http://ex.org/Hà%20Nội?q=1#x", "<http://ex.org/Hà%20Nội?q=1#x>"),
        ("http://ex.org/\u{7F}\u{85}😀~", "<http://ex.org/\u{7F}\u{85}😀~>"),
    ]

    @Test("N-Triples and Turtle IRIREF", arguments: nTriplesIRICases)
    func nTriplesIRI(input: String, expected: String) {
        #expect(NTriplesText.iri(input) == expected)
    }

    @Test func nTriplesLiterals() throws {
        #expect(try NTriplesText.literal("Nga", language: "vi", datatype: nil) == #""Nga"@vi"#)
        #expect(try NTriplesText.literal("2021", language: nil, datatype: "http://www.w3.org/2001/XMLSchema#gYear")
            == #""2021"^^<http://www.w3.org/2001/XMLSchema#gYear>"#)
        #expect(try NTriplesText.literal("x", language: nil, datatype: nil) == #""x""#)
        #expect(try NTriplesText.literal("x", language: "zh-Hant-TW", datatype: nil) == #""x"@zh-Hant-TW"#)
        #expect(try NTriplesText.literal("x", language: "en-US-1996", datatype: nil) == #""x"@en-US-1996"#)
        for bad in ["", "vi_VN", "-vi", "vi-", "việt", "vi en", "1a", "a--b", "-"] {
            #expect(throws: ExportError.self, "\(bad)") { try NTriplesText.literal("x", language: bad, datatype: nil) }
        }
    }

    static let turtleNameCases: [(input: String, expected: String)] = [
        ("https://w3id.org/diplograph/ontology#Person", "dg:Person"),
        ("http://www.w3.org/2001/XMLSchema#gYearMonth", "xsd:gYearMonth"),
        ("http://www.w3.org/2000/01/rdf-schema#label", "rdfs:label"),
        ("https://w3id.org/diplograph/ontology#_x-1", "dg:_x-1"),
        ("https://w3id.org/diplograph/ontology#ends.", "<https://w3id.org/diplograph/ontology#ends.>"),
        ("https://w3id.org/diplograph/ontology#1abc", "<https://w3id.org/diplograph/ontology#1abc>"),
        ("https://w3id.org/diplograph/ontology#", "<https://w3id.org/diplograph/ontology#>"),
        ("https://w3id.org/diplograph/ontology#a%20b", "<https://w3id.org/diplograph/ontology#a%20b>"),
        ("https://w3id.org/diplograph/ontology#Việt", "<https://w3id.org/diplograph/ontology#Việt>"),
        ("https://w3id.org/diplograph/id/actor-putin", "<https://w3id.org/diplograph/id/actor-putin>"),
        ("http://www.wikidata.org/entity/Q7747", "<http://www.wikidata.org/entity/Q7747>"),
        ("http://www.w3.org/ns/oa#hasSelector", "oa:hasSelector"),
        ("https://w3id.org/diplograph/ontology#\u{301}x", "<https://w3id.org/diplograph/ontology#\u{301}x>"),
        ("https://w3id.org/diplograph/ontology#a b", "<https://w3id.org/diplograph/ontology#a%20b>"),
        ("https://w3id.org/diplograph/ontology", "<https://w3id.org/diplograph/ontology>"),
    ]

    @Test("Turtle prefixed names", arguments: turtleNameCases)
    func turtleName(input: String, expected: String) {
        #expect(TurtleText.name(input) == expected)
    }

    @Test func vocabularyExpandsAndCompacts() throws {
        #expect(try RDFVocabulary.expand("dg:Person") == "https://w3id.org/diplograph/ontology#Person")
        #expect(try RDFVocabulary.expand("rdf:type") == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        #expect(throws: ExportError.self) { try RDFVocabulary.expand("ex:Person") }
        #expect(RDFVocabulary.compact("https://w3id.org/diplograph/ontology#Call") == "dg:Call")
        #expect(RDFVocabulary.compact("https://w3id.org/diplograph/ontology#1x") == nil)
        #expect(RDFVocabulary.compact("http://example.org/Call") == nil)
    }

    static let segmentCases: [(input: String, expected: String)] = [
        ("actor-putin", "actor-putin"),
        ("a b", "a%20b"),
        ("a#b", "a%23b"),
        ("<>\"{}|\\^`", "%3C%3E%22%7B%7D%7C%5C%5E%60"),
        ("50%", "50%25"),
        ("a/b?c:d@e", "a%2Fb%3Fc%3Ad%40e"),
        ("~._-", "~._-"),
        ("Việt", "Việt"),
        ("\u{1}\u{7F}", "%01%7F"),
        ("\u{FFFE}", "%EF%BF%BE"),
        ("[x]", "%5Bx%5D"),
    ]

    @Test("IRI segment encoding", arguments: segmentCases)
    func segment(input: String, expected: String) {
        #expect(IRI.encodeSegment(input) == expected)
    }

    static let baseCases: [(input: String, expected: String)] = [
        ("https://w3id.org/diplograph/id/", "https://w3id.org/diplograph/id/"),
        ("http://example.org/my data/", "http://example.org/my%20data/"),
        ("http://ex.org/g#", "http://ex.org/g#"),
        ("http://ex.org/g#a#b", "http://ex.org/g#a%23b"),
        ("http://ex.org/%41/100%/", "http://ex.org/%41/100%25/"),
        ("http://ex.org/{x}|^`<\">", "http://ex.org/%7Bx%7D%7C%5E%60%3C%22%3E"),
        ("http://ex.org/?q=a&b=c;d,e!$'()*+", "http://ex.org/?q=a&b=c;d,e!$'()*+"),
        ("http://ex.org/\n\t", "http://ex.org/%0A%09"),
        ("http://ex.org/Hà Nội/", "http://ex.org/Hà%20Nội/"),
    ]

    @Test("IRI base encoding", arguments: baseCases)
    func base(input: String, expected: String) {
        #expect(IRI.encodeBase(input) == expected)
    }

    @Test func resourceIRI() {
        #expect(IRI.resource(base: "http://ex.org/a b#", id: "x y#z") == "http://ex.org/a%20b#x%20y%23z")
    }

    @Test func scheme() {
        #expect(IRI.hasScheme("https://x.org/"))
        #expect(IRI.hasScheme("urn:uuid:1"))
        #expect(IRI.hasScheme("tag+x-1.2:abc"))
        #expect(!IRI.hasScheme("/relative/path"))
        #expect(!IRI.hasScheme("no-scheme"))
        #expect(!IRI.hasScheme(":x"))
        #expect(!IRI.hasScheme("1http://x"))
        #expect(!IRI.hasScheme("a b:c"))
    }

    @Test func qnames() throws {
        try RDFVocabulary.checkQName("dg:participatesIn")
        try RDFVocabulary.checkQName("rdfs:label")
        try RDFVocabulary.checkQName("dg:_x.y-z1")
        for bad in ["dg:1abc", "dg:", "dg:a b", "dg:a:b", "ex:label", "label", "dg:-x", "dg:a#b"] {
            #expect(throws: ExportError.self, "\(bad)") { try RDFVocabulary.checkQName(bad) }
        }
        for predicate in Relation.allCases.map(RDFVocabulary.predicate(for:)) {
            try RDFVocabulary.checkQName(predicate)
        }
    }
}
