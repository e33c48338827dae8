import Foundation
import Testing

/// Ids that survive a growing folder: the id ledger `NAME.ids.json` beside a folder export, and
/// edge ids made from what an edge connects.
@Suite("id ledger")
struct IdLedgerTests {
    /// An undated call of Austin and Shoigu, reported on 2022-02-14.
    static let undated = "---\ntitle: A\ndate: 2022-02-14\n---\n"
        + "Bộ trưởng Quốc phòng Mỹ Lloyd Austin đã điện đàm với Bộ trưởng Quốc phòng Nga Sergei Shoigu.\n"
    /// The same call, dated 12/2, reported on 2022-02-13.
    static let dated = "---\ntitle: B\ndate: 2022-02-13\n---\n"
        + "Ngày 12/2, Bộ trưởng Quốc phòng Mỹ Lloyd Austin đã điện đàm với Bộ trưởng Quốc phòng Nga Sergei Shoigu.\n"
    static let undatedID = "event-undated-call-austin-shoigu", datedID = "event-2022-02-12-call-austin-shoigu"

    static func export(_ inputs: [String], into out: TempDir, formats: String = "graphml,gexf,rdfxml",
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> GraphMLDocument {
        let r = try Tool.run(["export"] + inputs + ["--format", formats, "--output-dir", out.path, "--name", "g"])
        #expect(r.status == 0, "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        return try GraphMLDocument(try out.read("g.graphml"))
    }

    /// The `id` attributes of the `<edge>` elements of an XML file.
    static func edgeIDs(_ data: Data) -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        return text.components(separatedBy: "<edge ").dropFirst().compactMap { tail in
            guard let start = tail.range(of: "id=\"") else { return nil }
            return tail[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }

    @Test("an article that dates an undated event: the event keeps its id, and so does every edge that is still there")
    func datingKeepsIDs() throws {
        let dir = try TempDir(), out = try TempDir()
        try dir.write(Self.undated, to: "in/a.txt")
        let first = try Self.export([dir.path("in")], into: out)
        #expect(first.ids(ofKind: "event") == [Self.undatedID])
        let firstEdges = Self.edgeIDs(try out.read("g.graphml"))
        #expect(out.exists("g.ids.json"))

        // Without the ledger, the grown folder's event is minted from its date.
        try dir.write(Self.dated, to: "in/b.txt")
        let fresh = try TempDir()
        #expect(try Self.export([dir.path("in")], into: fresh).ids(ofKind: "event") == [Self.datedID])

        let second = try Self.export([dir.path("in")], into: out)
        #expect(second.ids(ofKind: "event") == [Self.undatedID])
        #expect(second.nodes[Self.undatedID]?["date"] == "2022-02-12")
        #expect(second.nodes[Self.undatedID]?["formerIds"] == nil)
        let secondEdges = Set(Self.edgeIDs(try out.read("g.graphml")))
        #expect(Set(firstEdges).isSubset(of: secondEdges), "lost: \(Set(firstEdges).subtracting(secondEdges))")
        // The actors view's facts name the event by the id it kept.
        let r = try Tool.run(["export", dir.path("in"), "--view", "actors", "--format", "graphml", "--output-dir", out.path, "--name", "g"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let view = try GraphMLDocument(try out.read("g-actors.graphml"))
        #expect(view.edges.contains { $0.data["relation"] == "called" && $0.data["facts"] == Self.undatedID })
    }

    @Test("two events with ids that merge: one id is kept, the other listed in formerIds (GraphML, GEXF) and owl:sameAs (RDF), and in the ledger")
    func mergeKeepsRetiredID() throws {
        let dir = try TempDir(), out = try TempDir()
        try dir.write(Self.dated, to: "b/b.txt")
        try dir.write(Self.undated, to: "a/a.txt")
        #expect(try Self.export([dir.path("b")], into: out).ids(ofKind: "event") == [Self.datedID])
        #expect(try Self.export([dir.path("a")], into: out).ids(ofKind: "event") == [Self.undatedID])
        let merged = try Self.export([dir.path("a"), dir.path("b")], into: out)
        #expect(merged.ids(ofKind: "event") == [Self.datedID])
        #expect(merged.nodes[Self.datedID]?["formerIds"] == Self.undatedID)
        let gexf = String(decoding: try out.read("g.gexf"), as: UTF8.self)
        #expect(gexf.contains("<attvalue for=\"formerIds\" value=\"\(Self.undatedID)\""), "\(gexf)")
        let rdf = String(decoding: try out.read("g.rdf"), as: UTF8.self)
        #expect(rdf.contains("<owl:sameAs rdf:resource=\"https://w3id.org/diplograph/id/\(Self.undatedID)\"/>"))
        struct Ledger: Decodable {
            struct Entry: Decodable { let id: String; let kind: String; let replacedBy: String?; let evidence: [String]? }
            let format: Int
            let entries: [Entry]
        }
        let ledger = try JSONDecoder().decode(Ledger.self, from: try out.read("g.ids.json"))
        #expect(ledger.format == 1)
        #expect(ledger.entries.map(\.id) == ledger.entries.map(\.id).sorted())
        let retired = try #require(ledger.entries.first { $0.id == Self.undatedID })
        #expect(retired.replacedBy == Self.datedID && retired.kind == "event")
        let kept = try #require(ledger.entries.first { $0.id == Self.datedID })
        #expect(kept.replacedBy == nil && kept.evidence?.count == 2)
        // A later export still knows the retired id.
        let again = try Self.export([dir.path("a"), dir.path("b")], into: out)
        #expect(again.nodes[Self.datedID]?["formerIds"] == Self.undatedID)
    }

    @Test("edge ids are source:relation:target (and :role), not a counter: an unrelated article changes none of them")
    func edgeIDsFromEnds() throws {
        let dir = try TempDir(), out = try TempDir()
        try dir.write(Self.dated, to: "in/b.txt")
        let graph = try Self.export([dir.path("in")], into: out)
        let ids = Self.edgeIDs(try out.read("g.graphml"))
        #expect(ids.count == graph.edges.count && Set(ids).count == ids.count)
        for (id, edge) in zip(ids, graph.edges) {
            var expected = edge.source + ":" + (edge.data["relation"] ?? "") + ":" + edge.target
            if let role = edge.data["role"] { expected += ":" + role }
            #expect(id == expected)
        }
        #expect(ids.contains("actor-austin:participant:\(Self.datedID)"))
        #expect(Self.edgeIDs(try out.read("g.gexf")) == ids)
        // An article about other parties, sorting before everything: the old edges keep their ids.
        try dir.write("---\ntitle: C\ndate: 2022-02-13\n---\nTổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Mỹ Joe Biden ngày 10/2.\n", to: "in/0.txt")
        let grown = try Self.export([dir.path("in")], into: out)
        #expect(grown.edges.count > graph.edges.count + 3)
        #expect(Set(ids).isSubset(of: Set(Self.edgeIDs(try out.read("g.graphml")))))
    }

    @Test("the same input and the same ledger give the same bytes, the ledger included")
    func sameLedgerSameBytes() throws {
        let dir = try TempDir(), out = try TempDir()
        try dir.write(Self.undated, to: "a/a.txt")
        try dir.write(Self.dated, to: "b/b.txt")
        _ = try Self.export([dir.path("b")], into: out, formats: "all")
        _ = try Self.export([dir.path("a")], into: out, formats: "all")
        let ledger = try out.read("g.ids.json")
        _ = try Self.export([dir.path("a"), dir.path("b")], into: out, formats: "all")
        let names = try out.contents()
        let first = try names.map { try out.read($0) }
        // Back to the ledger before the merge: the same run again gives the same files.
        try ledger.write(to: URL(fileURLWithPath: out.path("g.ids.json")))
        _ = try Self.export([dir.path("a"), dir.path("b")], into: out, formats: "all")
        #expect(try out.contents() == names)
        for (name, bytes) in zip(names, first) { #expect(try out.read(name) == bytes, "\(name) differs") }
    }

    @Test("a damaged ledger is named, nothing is written, exit 2")
    func damagedLedger() throws {
        let dir = try TempDir(), out = try TempDir()
        try dir.write(Self.undated, to: "in/a.txt")
        _ = try Self.export([dir.path("in")], into: out)
        let before = try out.read("g.graphml")
        for damage in ["{\"format\": 1, \"entr", "{\"about\": \"\", \"format\": 9, \"entries\": []}",
                       "{\"about\": \"\", \"format\": 1, \"entries\": [{\"id\": \"event x\", \"kind\": \"event\"}]}"] {
            try out.write(damage, to: "g.ids.json")
            let r = try Tool.run(["export", dir.path("in"), "--format", "graphml", "--output-dir", out.path, "--name", "g"])
            #expect(r.status == 2)
            #expect(r.stderr.hasPrefix("diplograph: " + out.path("g.ids.json") + ": "), "\(r.stderr)")
            #expect(try out.read("g.graphml") == before)
        }
    }
}
