import Foundation
import Testing

@Suite("Unicode normalisation of input")
struct NormalizationTests {
    /// Node data with offsets removed (they count scalars of the file as written) and text compared in NFC.
    static func comparable(_ g: GraphMLDocument) -> ([String: [String: String]], [GraphMLDocument.EdgeRecord]) {
        var nodes: [String: [String: String]] = [:]
        for (id, data) in g.nodes {
            var d: [String: String] = [:]
            for (k, v) in data where k != "offsets" { d[k] = v.precomposedStringWithCanonicalMapping }
            nodes[id] = d
        }
        return (nodes, g.edges.sorted())
    }

    @Test("an article in NFD gives the same ids, events and edges as in NFC")
    func nfdMatchesNFC() throws {
        let body = try String(contentsOfFile: Tool.repoPath("seeds/001_c370ad7c0e317180.txt"), encoding: .utf8)
        let nfc = ("---\ntitle: Tổng thống Nga, Mỹ thảo luận về Ukraine\ndate: 2022-02-13\n---\n" + body)
            .precomposedStringWithCanonicalMapping
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfc.utf8) != Array(nfd.utf8), "the NFD text should differ in bytes")

        let dir = try TempDir()
        // Same file name in two folders, so both give `article-a`.
        let pc = try dir.write(nfc, to: "nfc/a.txt"), pd = try dir.write(nfd, to: "nfd/a.txt")
        let rc = try Tool.run(["export", pc, "--format", "graphml", "--output", "-"])
        let rd = try Tool.run(["export", pd, "--format", "graphml", "--output", "-"])
        #expect(rc.status == 0 && rd.status == 0, "\(rc.stderr)\(rd.stderr)")
        let gc = try GraphMLDocument(rc.stdout), gd = try GraphMLDocument(rd.stdout)

        #expect(gd.nodeOrder == gc.nodeOrder)
        #expect(gd.ids(ofKind: "event") == gc.ids(ofKind: "event"))
        #expect(gc.ids(ofKind: "event").count >= 1)
        // The Biden–Putin call of 12 February is found in both forms.
        for g in [gc, gd] {
            let callers = g.edges.filter { $0.data["relation"] == "participant" && g.nodes[$0.target]?["eventType"] == "call" }
            #expect(callers.contains { $0.source == "actor-putin" } && callers.contains { $0.source == "actor-biden" })
        }
        #expect(gd.edges.sorted().map { [$0.source, $0.target, $0.data["relation"] ?? ""] }
            == gc.edges.sorted().map { [$0.source, $0.target, $0.data["relation"] ?? ""] })
        let (nc, ec) = Self.comparable(gc), (nd, ed) = Self.comparable(gd)
        for id in gc.nodeOrder { #expect(nd[id] == nc[id], "node \(id) differs") }
        #expect(ed == ec)
    }
}
