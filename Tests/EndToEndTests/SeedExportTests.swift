import Foundation
import Testing

@Suite("export of the seed articles")
struct SeedExportTests {
    static let formats = ["graphml", "rdf", "dot"]

    @Test("exporting seeds/ writes NAME.graphml, .rdf and .dot and exits 0")
    func exportsAllFormats() throws {
        let out = try TempDir()
        let r = try Tool.run(["export", Tool.repoPath("seeds"), "--output-dir", out.path, "--name", "seeds"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(try out.contents() == ["seeds.dot", "seeds.graphml", "seeds.ids.json", "seeds.rdf", "seeds.summary.json"])
        for f in Self.formats { #expect(try out.read("seeds." + f).count > 1000, "seeds.\(f) is nearly empty") }

        let graph = try GraphMLDocument(out.read("seeds.graphml"))
        // One article node per seed file, `article-<stem>`.
        let stems = try Tool.seedFiles().map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        #expect(graph.ids(ofKind: "article") == stems.map { "article-" + $0 })
        // Metadata comes from seeds/manifest.json.
        #expect(graph.nodes["article-001_c370ad7c0e317180"]?["published"] == "2022-02-13")
        #expect(graph.nodes["article-002_3ff60346e14a73b1"]?["published"] == "2021-12-30")
        #expect(graph.nodes["article-001_c370ad7c0e317180"]?["title"]
            == "Tổng thống Nga, Mỹ thảo luận hơn một giờ đồng hồ về vấn đề Ukraine")
        #expect(!graph.ids(ofKind: "actor").isEmpty)
        #expect(!graph.ids(ofKind: "event").isEmpty)
        // Ids are written sorted, and every edge joins two written nodes.
        #expect(graph.nodeOrder == graph.nodeOrder.sorted())
        for e in graph.edges { #expect(graph.nodes[e.source] != nil && graph.nodes[e.target] != nil, "dangling \(e)") }
    }

    @Test("exporting the same input twice gives byte-identical files")
    func deterministic() throws {
        let a = try TempDir(), b = try TempDir()
        let ra = try Tool.run(["export", Tool.repoPath("seeds"), "--output-dir", a.path, "--name", "seeds"])
        let rb = try Tool.run(["export", Tool.repoPath("seeds"), "--output-dir", b.path, "--name", "seeds"])
        #expect(ra.status == 0 && rb.status == 0)
        for f in Self.formats {
            #expect(try a.read("seeds." + f) == b.read("seeds." + f), "seeds.\(f) differs between two runs")
        }
    }

    @Test("listing the seed files in reverse order gives the same bytes as exporting the folder")
    func orderIndependent() throws {
        let files = try Tool.seedFiles()
        #expect(files.count == 5)
        let folder = try TempDir(), listed = try TempDir()
        let rf = try Tool.run(["export", Tool.repoPath("seeds"), "--output-dir", folder.path, "--name", "g"])
        let rl = try Tool.run(["export"] + files.reversed() + ["--output-dir", listed.path, "--name", "g"])
        #expect(rf.status == 0 && rl.status == 0, "\(rf.stderr)\(rl.stderr)")
        for f in Self.formats {
            #expect(try folder.read("g." + f) == listed.read("g." + f), "g.\(f) depends on input order")
        }
    }
}
