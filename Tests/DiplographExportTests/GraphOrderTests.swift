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
        #expect(sorted.edges == graph.wellFormedEdges)
        #expect(sorted.edges.count < graph.edgeCount, "dangling edges are left out")
        // The graph it keeps has the nodes only; the graph it was made from keeps its edges.
        #expect(sorted.graph.edgeCount == 0 && sorted.graph.nodeCount == graph.nodeCount)
        #expect(graph.edgeCount > sorted.edges.count)
    }
}
