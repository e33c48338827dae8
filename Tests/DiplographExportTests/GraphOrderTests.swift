import Foundation
import Testing
import DiplographModel
@testable import DiplographExport

/// The writers' cheaper sort must give exactly the model's order.
@Suite struct GraphOrderTests {
    @Test func nodesAndEdgesComeInTheModelsOrder() {
        var graph = KnowledgeGraph()
        let ids = ["actor-b", "actor-a", "actor-ả", "actor-a-1", "event-x", "article-1", "actor-Z", "actor-a_"]
        for id in ids { graph.insert(.actor(Actor(id: NodeID(raw: id), label: id, actorType: .person))) }
        var index = 0
        for source in ids {
            for target in ids.reversed() where target != source {
                for relation in [Relation.met, .participant, .affiliation] {
                    index += 1
                    if index % 3 == 0 { continue }
                    graph.connect(NodeID(raw: source), NodeID(raw: target), relation, role: index % 2 == 0 ? "" : "role-\(index % 5)")
                    graph.connect(NodeID(raw: source), NodeID(raw: target), relation, role: "initiator")
                }
            }
            graph.connect(NodeID(raw: source), NodeID(raw: "actor-missing"), .met)
        }
        let sorted = SortedGraph(graph)
        #expect(sorted.nodes.map(\.id) == graph.nodes.map(\.id))
        #expect(Array(sorted.edges) == graph.wellFormedEdges)
        #expect(sorted.edges.count < graph.edgeCount, "dangling edges are left out")
        // The graph it keeps has the nodes only; the graph it was made from keeps its edges.
        #expect(sorted.graph.edgeCount == 0 && sorted.graph.nodeCount == graph.nodeCount)
        #expect(graph.edgeCount > sorted.edges.count)
    }

    /// An id as a cache could hold it: decoded as it is, not sanitised.
    static func decodedID(_ raw: String) throws -> NodeID {
        let json = try JSONEncoder().encode(["rawValue": raw])
        return try JSONDecoder().decode(NodeID.self, from: json)
    }

    /// Ends found by `String` equality, as `[NodeID: Node]` finds them (canonically equivalent
    /// spellings, even of an ASCII id: KELVIN SIGN is `K`), and written as the node spells its id,
    /// so that every edge end in the file is byte for byte a node's id (an XML reader matches ids
    /// by their characters, not by canonical equivalence).
    @Test func endsSpeltOtherwiseAreFoundAndWrittenAsTheNode() throws {
        var graph = KnowledgeGraph()
        let ids = ["actor-K", "actor-\u{E9}", "actor-b", "event-1"]
        for id in ids { graph.insert(.actor(Actor(id: try Self.decodedID(id), label: id, actorType: .person))) }
        let kelvin = try Self.decodedID("actor-\u{212A}"), nfd = try Self.decodedID("actor-e\u{301}")
        graph.connect(kelvin, NodeID(raw: "actor-b"), .met)
        graph.connect(NodeID(raw: "event-1"), nfd, .participant)
        graph.connect(NodeID(raw: "actor-b"), NodeID(raw: "event-1"), .participant)
        graph.connect(NodeID(raw: "actor-b"), try Self.decodedID("actor-k"), .met)
        let sorted = SortedGraph(graph)
        #expect(Array(sorted.edges) == graph.wellFormedEdges)
        #expect(sorted.edges.count == 3)
        #expect(sorted.endsSpeltAsNodes)
        for (edge, ends) in zip(sorted.edges, sorted.ends) {
            #expect(Array(sorted.nodeIDs[ends.source].rawValue.utf8) == Array(edge.source.rawValue.utf8))
            #expect(Array(sorted.nodeIDs[ends.target].rawValue.utf8) == Array(edge.target.rawValue.utf8))
        }
        let text = Array(try GraphMLWriter().write(graph))
        #expect(text.firstRange(of: Array("source=\"actor-K\"".utf8)) != nil)
        #expect(text.firstRange(of: Array("target=\"actor-\u{E9}\"".utf8)) != nil)
        #expect(text.firstRange(of: Array("actor-\u{212A}".utf8)) == nil)
        #expect(text.firstRange(of: Array("actor-e\u{301}".utf8)) == nil)

        // An edge that names an id before its node is added takes the node's spelling too.
        var later = KnowledgeGraph()
        later.connect(kelvin, NodeID(raw: "actor-b"), .met)
        for id in ["actor-K", "actor-b"] { later.insert(.actor(Actor(id: try Self.decodedID(id), label: id, actorType: .person))) }
        #expect(later.wellFormedEdges.map { Array($0.source.rawValue.utf8) } == [Array("actor-K".utf8)])

        var plain = KnowledgeGraph()
        for id in ["actor-a", "actor-b"] { plain.insert(.actor(Actor(id: NodeID(raw: id), label: id, actorType: .person))) }
        plain.connect(NodeID(raw: "actor-a"), NodeID(raw: "actor-b"), .met)
        #expect(SortedGraph(plain).endsSpeltAsNodes)
    }
}
