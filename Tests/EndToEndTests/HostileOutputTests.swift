import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Hostile text that reaches the exports through the command line: in a title, a source, a file
/// name and the article's sentences. Every format written by `diplograph export` must still be read
/// by the tools users load it into; the external validators run when installed
/// (`scripts/test.sh` installs them), and the XML formats are always parsed.
@Suite("hostile text end to end")
struct HostileOutputTests {
    /// C0 controls (which XML forbids even as references), U+FFFE/U+FFFF, `]]>`, quotes, a
    /// backslash at the end, DOT keywords, `#` and spaces, right-to-left text, emoji, NFD.
    static let hostileTitle = "A\u{1}B\u{1F}C ]]> \"q\" 'a' <b>&amp; digraph node edge -> {x} # 1 שלום مرحبا 🇻🇳👩‍👩‍👧 Viê\u{302}t \u{FFFE}\u{FFFF}end\\"

    static let article = """
        ---
        title: "\(hostileTitle.unicodeScalars.map { s -> String in
            switch s.value {
            case 0x22: return "\\\""
            case 0x5C: return "\\\\"
            case 0..<0x20, 0xFFFE, 0xFFFF: return String(format: "\\u%04X", s.value)
            default: return String(s)
            }
        }.joined())"
        date: 2022-02-13
        source: "strict digraph \\"graph\\" ]]>"
        ---
        Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Mỹ Joe Biden ngày 12/2 về "an ninh ]]> & <châu Âu>" \u{202E}.
        Ngoại trưởng Mỹ Antony Blinken yêu cầu Nga rút quân khỏi biên giới Ukraine 🇺🇦.

        """

    /// The title as the exports must hold it: the characters XML cannot carry removed, nothing else.
    static var cleanedTitle: String {
        var out = String.UnicodeScalarView()
        for s in hostileTitle.unicodeScalars {
            switch s.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: out.append(s)
            default: continue
            }
        }
        return String(out)
    }

    static func tool(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs an external tool; returns its exit status and stderr.
    static func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let dir = try TempDir()
        let errPath = dir.path("stderr")
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try err.close()
        return (process.terminationStatus, String(decoding: try dir.read("stderr"), as: UTF8.self))
    }

    @Test("every format written from hostile input is read by its consumers, and the text survives cleaned")
    func everyFormat() throws {
        let dir = try TempDir(), out = try TempDir()
        // A file name with spaces, '#', quotes and brackets becomes an article id and an IRI.
        _ = try dir.write(Self.article, to: "in/tin #1 \"digraph\" [node].txt")
        let r = try Tool.run(["export", dir.path("in"), "--format", "all", "--output-dir", out.path, "--name", "h"])
        #expect(r.status == 0, "stderr: \(r.stderr)")

        // GraphML: well-formed, the title kept with only the XML-forbidden characters removed.
        let graphml = try GraphMLDocument(try out.read("h.graphml"))
        let titles = graphml.ids(ofKind: "article").compactMap { graphml.nodes[$0]?["title"] }
        #expect(titles == [Self.cleanedTitle])
        #expect(graphml.nodes.values.contains { $0["label"] == "Vladimir Putin" })
        #expect(!graphml.edges.isEmpty)
        // GEXF and RDF/XML are XML too: Foundation's parser must accept them.
        for file in ["h.gexf", "h.rdf"] {
            let parser = XMLParser(data: try out.read(file))
            #expect(parser.parse(), "\(file): \(parser.parserError.map { "\($0)" } ?? "")")
        }

        if let xmllint = Self.tool("xmllint") {
            let schema = Tool.repoPath("schema/reference/graphml/graphml.xsd")
            let (status, stderr) = try Self.run(xmllint, ["--noout", "--nonet", "--schema", schema, out.path("h.graphml")])
            #expect(status == 0, "xmllint: \(stderr)")
            let (profileStatus, profileErr) = try Self.run(xmllint, ["--noout", "--nonet", "--schema",
                                                                    Tool.repoPath("schema/graphml-profile.xsd"), out.path("h.graphml")])
            #expect(profileStatus == 0, "xmllint (profile): \(profileErr)")
        }
        if let rapper = Self.tool("rapper") {
            for (file, syntax) in [("h.rdf", "rdfxml"), ("h.ttl", "turtle"), ("h.nt", "ntriples")] {
                let (status, stderr) = try Self.run(rapper, ["-q", "-c", "-i", syntax, out.path(file)])
                #expect(status == 0 && !stderr.contains("Error"), "rapper \(file): \(stderr)")
            }
        }
        if let dot = Self.tool("dot") {
            let (status, stderr) = try Self.run(dot, ["-Tsvg", "-o", out.path("h.svg"), out.path("h.dot")])
            #expect(status == 0 && stderr.isEmpty, "dot: \(stderr)")
        }
    }
}
