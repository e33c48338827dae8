import DiplographExtraction
import DiplographModel
import DiplographInput

/// A graph as the Python scorers see it once exported as GraphML: the nodes in document order
/// (sorted by id), each with its attributes as text (`Node.attributes`, the values the GraphML
/// writer writes), and the edges the writer keeps (both ends in the graph).
struct ExportedGraph {
    struct Edge {
        let source: String
        let target: String
        let relation: String
        let role: String
    }

    /// Node ids in document order, and each node's attributes by name.
    let order: [String]
    let nodes: [String: [String: String]]
    let edges: [Edge]

    /// - Parameter stripped: strip white space off every value, as score.py's reader does
    ///   (eval_sentences.py keeps values as written).
    init(_ graph: KnowledgeGraph, stripped: Bool) {
        var order: [String] = []
        var nodes: [String: [String: String]] = [:]
        for node in graph.nodes {
            var attrs: [String: String] = [:]
            for (attribute, value) in node.attributes {
                attrs[attribute.rawValue] = stripped ? PythonText.strip(value.text) : value.text
            }
            order.append(node.id.rawValue)
            nodes[node.id.rawValue] = attrs
        }
        self.order = order
        self.nodes = nodes
        self.edges = graph.wellFormedEdges.map {
            Edge(source: $0.source.rawValue, target: $0.target.rawValue, relation: $0.relation.rawValue, role: $0.role)
        }
    }

    /// The nodes of one kind, in document order.
    func ofKind(_ kind: String) -> [(id: String, attrs: [String: String])] {
        order.compactMap { id in
            guard let a = nodes[id], a["kind"] == kind else { return nil }
            return (id, a)
        }
    }

    /// Sources of `relation` edges into `node`, in document order.
    func sources(_ node: String, _ relation: String) -> [String] {
        edges.filter { $0.target == node && $0.relation == relation }.map(\.source)
    }

    /// Targets of `relation` edges out of `node`, in document order.
    func targets(_ node: String, _ relation: String) -> [String] {
        edges.filter { $0.source == node && $0.relation == relation }.map(\.target)
    }
}

/// Reads and extracts articles in process the way `diplograph export FILE --format graphml` does
/// for one file: the article read by `ArticleReader`, extracted, then passed through the corpus
/// merge the command always applies (which fuses and prunes even within one article).
struct InProcessExport {
    let extractor: ArticleExtractor

    /// The graph the command exports, and the trace of every fact as first read.
    func run(_ article: SourceArticle) -> (graph: KnowledgeGraph, trace: [FactTrace]) {
        let (graph, trace) = extractor.extractTraced(article)
        return (CorpusMerger.merge([graph]), trace)
    }

    /// The trace as printable lines, each with the sentence it was read from.
    static func lines(_ trace: [FactTrace]) -> [String] {
        trace.map { "s\($0.sentence)  \($0.line)" }
    }
}
