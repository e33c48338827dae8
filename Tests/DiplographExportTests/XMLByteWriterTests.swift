import Testing
import DiplographModel
@testable import DiplographExport

/// The byte writer of the XML formats must write what libxml2's `xmlTextWriter` writes for the
/// same calls: checked against libxml2 itself (`XMLTextWriter`) for every class of character and
/// for nested, empty, text-only and mixed elements, and against bytes written out by hand.
@Suite struct XMLByteWriterTests {
    /// One call of the writer API, replayed on both writers.
    enum Call {
        case start(String), end, attribute(String, String), text(String)
        case element(String, [(String, String)] = [], text: String? = nil)
    }

    static func libxml2(_ calls: [Call]) throws -> [UInt8] {
        let sink = MemorySink()
        try XMLTextWriter.document(to: sink) { xml in
            for call in calls {
                switch call {
                case .start(let name): try xml.startElement(name)
                case .end: try xml.endElement()
                case .attribute(let name, let value): try xml.attribute(name, value)
                case .text(let value): try xml.text(value)
                case .element(let name, let attributes, let text): try xml.element(name, attributes, text: text)
                }
            }
        }
        return sink.bytes
    }

    static func bytes(_ calls: [Call], capacity: Int = 1 << 16) throws -> [UInt8] {
        let sink = MemorySink()
        try XMLByteWriter.document(to: sink, capacity: capacity) { xml in
            for call in calls {
                switch call {
                case .start(let name): try xml.startElement(name)
                case .end: try xml.endElement()
                case .attribute(let name, let value): try xml.attribute(name, value)
                case .text(let value): try xml.text(value)
                case .element(let name, let attributes, let text): try xml.element(name, attributes, text: text)
                }
            }
        }
        return sink.bytes
    }

    /// Strings covering each class the escaping distinguishes: markup characters, TAB/LF/CR, the
    /// other C0 controls (dropped), DEL and C1 (kept), U+FFFE/U+FFFF (dropped) beside their
    /// neighbours U+FFFD, U+FFF0 and U+FEFF (kept), non-BMP characters, NFD, right-to-left text,
    /// and values that clean to nothing.
    static let values: [String] = {
        var values = [
            "", "plain", "<a href=\"x\">&amp; 'q' ]]></a>", "tab\tLF\nCR\rCRLF\r\n", "a\u{1}b\u{8}c\u{B}d\u{C}e\u{1F}f",
            "nul\u{0}inside", "\u{1}", "\u{FFFE}\u{FFFF}", "x\u{FFFE}y\u{FFFF}z", "\u{FFFD}\u{FFF0}\u{FEFF}\u{E000}\u{D7FF}",
            "ends with \u{FFFF}", "ends with \u{FFFD}", "DEL \u{7F} NEL \u{85} \u{9F}", "emoji 🇻🇳 👨‍👩‍👧 \u{10000}\u{10FFFF}",
            "السلام שלום", "Vie\u{0323}\u{0302}t Nam", "Việt Nam | Hà Nội – “Bộ Ngoại giao”", "&&&<<<>>>\"\"\"",
            String(repeating: "Nguyễn Phú Trọng & <Tập Cận Bình> ", count: 40),
        ]
        values.append(String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self))
        return values
    }()

    @Test("every value as an attribute and as text, as libxml2 writes it", arguments: values)
    func valueMatchesLibxml2(value: String) throws {
        let calls: [Call] = [
            .start("root"), .attribute("a", value), .attribute("b", "second"),
            .element("data", [("key", value)], text: value),
            .start("text"), .text(value), .end,
            .start("twice"), .text(value), .text(value), .end,
            .end,
        ]
        let expected = try Self.libxml2(calls)
        #expect(try Self.bytes(calls) == expected)
        #expect(try Self.bytes(calls, capacity: 16) == expected, "the same bytes through a tiny buffer")
    }

    @Test func structuresMatchLibxml2() throws {
        let shapes: [[Call]] = [
            [],
            [.start("root")],
            [.start("root"), .end],
            [.start("root"), .text(""), .end],
            [.start("root"), .text("\u{1}\u{2}"), .end],
            [.start("root"), .element("empty"), .element("text", [], text: "x"), .element("none", [("k", "v")], text: ""), .end],
            [.start("a"), .start("b"), .start("c"), .start("d"), .text("deep"), .end, .element("e"), .end, .end, .end],
            [.start("mixed"), .text("before"), .element("child", [], text: "in"), .text("after"), .end],
            [.start("mixed"), .element("child"), .text("after"), .element("again"), .end],
            [.start("open"), .start("left"), .attribute("x", "1")],
            [.start("r"), .start("s"), .end, .start("t"), .text("t"), .end, .end, .start("second-root"), .end],
        ]
        for calls in shapes {
            let expected = try Self.libxml2(calls)
            #expect(try Self.bytes(calls) == expected)
            #expect(try Self.bytes(calls, capacity: 16) == expected)
        }
    }

    @Test func randomDocumentsMatchLibxml2() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            var calls: [Call] = [.start("root")]
            var depth = 1, inStartTag = true
            for _ in 0..<40 {
                switch next(6) {
                case 0 where depth < 6:
                    calls.append(.start("e\(next(3))")); depth += 1; inStartTag = true
                case 1 where depth > 1:
                    calls.append(.end); depth -= 1; inStartTag = false
                case 2 where inStartTag:
                    calls.append(.attribute("a\(next(3))", Self.values[next(Self.values.count)]))
                case 3:
                    calls.append(.text(Self.values[next(Self.values.count)])); inStartTag = false
                default:
                    calls.append(.element("x", [("k", Self.values[next(Self.values.count)])], text: Self.values[next(Self.values.count)]))
                    inStartTag = false
                }
            }
            let expected = try Self.libxml2(calls)
            #expect(try Self.bytes(calls) == expected)
            #expect(try Self.bytes(calls, capacity: 16) == expected)
        }
    }

    /// Independent of libxml2: the bytes written out by hand.
    @Test func handWrittenDocument() throws {
        let calls: [Call] = [
            .start("g"), .attribute("id", "a<b>&\"c\"\t\n\r\u{1}\u{FFFE}ệ"),
            .element("d", [("k", "v")], text: "x<y>&\"z\"\t\n\r\u{1F}\u{FFFF}😀"),
            .element("e"),
            .start("f"), .element("h", [], text: "deep"), .end,
            .end,
        ]
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <g id="a&lt;b&gt;&amp;&quot;c&quot;&#9;&#10;&#13;ệ">
              <d k="v">x&lt;y&gt;&amp;&quot;z&quot;\t\n&#13;😀</d>
              <e/>
              <f>
                <h>deep</h>
              </f>
            </g>

            """
        #expect(try Self.bytes(calls) == Array(expected.utf8))
    }

    @Test func callsOutOfPlaceThrow() {
        #expect(throws: ExportError.self) { try Self.bytes([.start("a"), .text("t"), .attribute("k", "v")]) }
        #expect(throws: ExportError.self) { try Self.bytes([.end]) }
        #expect(throws: ExportError.self) { try Self.bytes([.start("")]) }
    }
}

/// The eight-bytes-at-a-time test must answer as looking at each byte would.
@Suite struct XMLByteWriterWordTests {
    static func needsLook(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == 0xEF
    }

    @Test func everyByteInEveryPosition() {
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(XMLByteWriter.quiet(word) == !Self.needsLook(UInt8(value)), "byte \(value) at \(position)")
            }
        }
    }

    @Test func randomWords() {
        var state: UInt64 = 42
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Bytes biased towards the edges of the classes: 0x1F/0x20, the markup characters, 0xEE–0xF0, 0x80+.
            let pool: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
                                 0x61, 0x7F, 0x80, 0xA0, 0xBF, 0xC3, 0xE1, 0xEE, 0xEF, 0xF0, 0xFF]
            var bytes: [UInt8] = []
            var bits = state
            for _ in 0..<8 {
                bytes.append(pool[Int(bits % UInt64(pool.count))])
                bits /= UInt64(pool.count)
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(XMLByteWriter.quiet(word) == !bytes.contains(where: Self.needsLook), "\(bytes)")
        }
    }
}

/// The leaf-element shortcuts of `XMLByteWriter` (GraphML's `<data>`) against libxml2 writing the
/// joined value with the ordinary calls.
@Suite struct XMLByteWriterLeafTests {
    static let parts: [AttributeParts] = XMLByteWriterTests.values.map { .string($0) } + [
        .texts(["a<b", "", "\u{1}"]), .texts([""]), .texts(["", ""]), .texts([]), .ids([NodeID(raw: "actor-a"), NodeID(raw: "x")]),
        .int(-7), .int(Int.min), .bool(false),
        .sentences([Evidence(article: NodeID(raw: "article-a"), sentence: "\u{2}\u{3}", start: 0, end: 2)]),
        .locators([Evidence(article: NodeID(raw: "article-a"), sentence: "s", start: 1, end: 2)]),
    ]

    @Test func leavesMatchLibxml2() throws {
        for (index, parts) in Self.parts.enumerated() {
            let value = parts.value.text
            let key = index % 2 == 0 ? "label" : "k&\"<"
            let expected = try XMLByteWriterTests.libxml2([
                .start("graph"), .start("node"), .attribute("id", "n"),
                .element("data", [("key", key)], text: value), .element("data", [("key", "r")], text: String(index - 3)),
                .element("data", [("key", "size")], text: AttributeValue.double(Double(index) / 4).text), .end, .end,
            ])
            for capacity in [1 << 16, 16] {
                let sink = MemorySink()
                try XMLByteWriter.document(to: sink, capacity: capacity) { xml in
                    try xml.startElement("graph")
                    try xml.startElement("node")
                    try xml.attribute("id", "n")
                    if index % 3 == 0 {
                        try xml.element("data", "key", key, parts: parts)
                    } else {
                        try xml.element(XMLByteWriter.LeafTag("data", "key", key), parts: parts)
                    }
                    try xml.element(XMLByteWriter.LeafTag("data", "key", "r"), number: index - 3)
                    try xml.element(XMLByteWriter.LeafTag("data", "key", "size"), double: Double(index) / 4)
                    try xml.endElement()
                    try xml.endElement()
                }
                #expect(sink.bytes == expected, "\(parts) through a buffer of \(capacity)")
            }
        }
    }

    /// RDF/XML's property elements: `<p rdf:resource="…"/>` and `<p xml:lang="…">text</p>`,
    /// `<p rdf:datatype="…">`, `<p>` (no attribute), both attributes, and empty text.
    @Test func propertyLeavesMatchLibxml2() throws {
        for (index, value) in XMLByteWriterTests.values.enumerated() {
            let other = XMLByteWriterTests.values[(index * 7 + 3) % XMLByteWriterTests.values.count]
            let expected = try XMLByteWriterTests.libxml2([
                .start("rdf:RDF"), .start("dg:Event"), .attribute("rdf:about", other),
                .start("dg:link"), .attribute("rdf:resource", value), .end,
                .start("rdfs:label"), .attribute("xml:lang", other), .text(value), .end,
                .start("dg:date"), .attribute("rdf:datatype", value), .text(other), .end,
                .start("dg:plain"), .text(value), .end,
                .start("dg:both"), .attribute("xml:lang", value), .attribute("rdf:datatype", other), .text(value), .end,
                .start("dg:empty"), .text(""), .end,
                .end, .start("dg:Next"), .start("dg:first"), .attribute("rdf:resource", other), .end, .end, .end,
            ])
            for capacity in [1 << 16, 16] {
                let sink = MemorySink()
                try XMLByteWriter.document(to: sink, capacity: capacity) { xml in
                    try xml.startElement("rdf:RDF")
                    try xml.startElement("dg:Event")
                    try xml.attribute("rdf:about", other)
                    try xml.emptyElement("dg:link", "rdf:resource", value)
                    try xml.textElement("rdfs:label", ("xml:lang", other), nil, text: value)
                    try xml.textElement("dg:date", nil, ("rdf:datatype", value), text: other)
                    try xml.textElement("dg:plain", nil, nil, text: value)
                    try xml.textElement("dg:both", ("xml:lang", value), ("rdf:datatype", other), text: value)
                    try xml.textElement("dg:empty", nil, nil, text: "")
                    try xml.endElement()
                    try xml.startElement("dg:Next")
                    try xml.emptyElement("dg:first", "rdf:resource", other)
                    try xml.endElement()
                    try xml.endElement()
                }
                #expect(sink.bytes == expected, "value \(index) through a buffer of \(capacity)")
            }
        }
    }

    @Test func numbersAreSpeltAsStringsSpellThem() throws {
        let ints = [0, 1, -1, 9, 10, -10, 1234567890, Int.max, Int.min]
        let doubles: [Double] = [0, -0.0, 1, 12, 0.5, -3.25, 1e15, 1e15 - 1, 1e16, -2e20, .nan, .infinity, -.infinity, 1e-7]
        let sink = MemorySink()
        let out = OutputBuffer(sink, capacity: 16)
        var expected = ""
        for n in ints {
            try out.appendDecimal(n)
            try out.append(UInt8(ascii: " "))
            expected += String(n) + " "
        }
        for d in doubles {
            try out.appendDouble(d)
            try out.append(UInt8(ascii: " "))
            expected += AttributeValue.double(d).text + " "
        }
        try out.finish()
        #expect(String(decoding: sink.bytes, as: UTF8.self) == expected)
    }

    @Test func escapedValuesAreTheAttributeBytes() throws {
        let values = XMLByteWriterTests.values
        let escaped = try XMLByteWriter.EscapedValues(values)
        for (index, value) in values.enumerated() {
            let direct = MemorySink(), copied = MemorySink()
            try XMLByteWriter.document(to: direct) { xml in
                try xml.startElement("e")
                try xml.attribute("v", value)
            }
            try XMLByteWriter.document(to: copied) { xml in
                try xml.startElement("e")
                try escaped.withBytes(index) { try xml.attribute("v", escaped: $0) }
            }
            #expect(copied.bytes == direct.bytes)
        }
    }
}

/// The empty-element shortcuts of `XMLByteWriter` (GEXF's `<attvalue for="…" value="…"/>`,
/// `<viz:color …/>`, `<viz:size value="…"/>`) and the attribute written from a number, against
/// libxml2 writing the joined value with the ordinary calls.
@Suite struct XMLByteWriterEmptyElementTests {
    @Test func emptyElementsMatchLibxml2() throws {
        // Lists too whose items hold what only attribute values escape (TAB and LF).
        let parts = XMLByteWriterLeafTests.parts + [.texts(["tab\tLF\nCR\r", "b\"c"]), .texts(["\n", "\t"])]
        for (index, parts) in parts.enumerated() {
            let value = parts.value.text
            let key = index % 2 == 0 ? "label" : "k&\"<\t"
            let size = Double(index) / 4 - 2
            let expected = try XMLByteWriterTests.libxml2([
                .start("nodes"), .start("node"), .attribute("id", "n"), .attribute("w", AttributeValue.double(size).text),
                .start("attvalues"), .element("attvalue", [("for", key), ("value", value)]), .end,
                .element("viz:color", [("r", "1"), ("g", String(index)), ("b", key)]),
                .element("viz:size", [("value", AttributeValue.double(size).text)]), .end, .end,
            ])
            for capacity in [1 << 16, 16] {
                let sink = MemorySink()
                try XMLByteWriter.document(to: sink, capacity: capacity) { xml in
                    try xml.startElement("nodes")
                    try xml.startElement("node")
                    try xml.attribute("id", "n")
                    try xml.attribute("w", double: size)
                    try xml.startElement("attvalues")
                    try xml.emptyElement(XMLByteWriter.ValueTag("attvalue", [("for", key)], valueKey: "value"), parts: parts)
                    try xml.endElement()
                    try xml.leaf(XMLByteWriter.emptyElementBytes("viz:color", [("r", "1"), ("g", String(index)), ("b", key)]))
                    try xml.emptyElement(XMLByteWriter.ValueTag("viz:size", [], valueKey: "value"), double: size)
                    try xml.endElement()
                    try xml.endElement()
                }
                #expect(sink.bytes == expected, "\(parts) through a buffer of \(capacity)")
            }
        }
    }
}
