import DiplographExport
import DiplographModel
import Foundation

/// `NAME.summary.json`, written beside a folder export: what was exported, from which inputs, by
/// which version of the tool. Deterministic (no times, no paths, keys sorted): the same inputs
/// give the same bytes.
struct ExportSummary: Encodable {
    struct Tool: Encodable {
        let name: String
        let version: String
    }

    struct Input: Encodable {
        /// The file name, as in the article node's `file`.
        let file: String
        let article: String
        /// SHA-256 of the file's bytes, lower-case hex.
        let sha256: String
    }

    /// An input that could not be read: its path, as given on the command line or found in a
    /// folder given there, and why.
    struct Skipped: Encodable {
        let path: String
        let reason: String
    }

    struct Counts: Encodable {
        /// Nodes by kind, every kind listed.
        let nodes: [String: Int]
        /// Actor nodes by actor type, every type listed.
        let actors: [String: Int]
        /// Edges (as written: both ends in the graph) by relation, every relation listed.
        let edges: [String: Int]
        let nodeTotal: Int
        let edgeTotal: Int
    }

    let tool: Tool
    let view: String
    let formats: [String]
    /// The files written beside this summary, in the order of `formats`.
    let files: [String]
    let inputs: [Input]
    /// How many inputs could not be read.
    let skipped: Int
    /// Those inputs, each with the reason, in the order reported on stderr.
    let skippedInputs: [Skipped]
    let counts: Counts
    /// The id ledger written beside the export (`NAME.ids.json`).
    let idLedger: String

    /// The summary of `sorted`'s graph: its edges as written are `sorted.edges` (both ends in the
    /// graph), counted without looking their ends up again.
    init(graph sorted: SortedGraph, view: String, formats: [String], files: [String], inputs: [Input], skipped: [Skipped], idLedger: String) {
        let graph = sorted.graph
        tool = Tool(name: "diplograph", version: Diplograph.version)
        self.view = view
        self.formats = formats
        self.files = files
        self.inputs = inputs
        self.skipped = skipped.count
        self.skippedInputs = skipped
        self.idLedger = idLedger
        var nodes = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0.rawValue, 0) })
        var actors = Dictionary(uniqueKeysWithValues: ActorType.allCases.map { ($0.rawValue, 0) })
        var edges = Dictionary(uniqueKeysWithValues: Relation.allCases.map { ($0.rawValue, 0) })
        // Counted in any order (the counts do not depend on it), without sorting the graph.
        var edgeTotal = 0
        // Kinds read without copying nodes; only actors are copied out, for their type.
        graph.forEachNodeID { _, kind in nodes[kind.rawValue, default: 0] += 1 }
        graph.forEachNode(where: { $0 == .actor }) { node in
            if case .actor(let a) = node { actors[a.actorType.rawValue, default: 0] += 1 }
        }
        // By the relation's position in `allCases`, read in place: no edge made, no relation hashed.
        let relations = Relation.allCases
        var byRelation = [Int](repeating: 0, count: relations.count)
        let all = sorted.edges
        for index in all.indices { byRelation[all.relation(at: index).position] += 1 }
        for (relation, count) in zip(relations, byRelation) where count > 0 {
            edges[relation.rawValue, default: 0] += count
            edgeTotal += count
        }
        counts = Counts(nodes: nodes, actors: actors, edges: edges, nodeTotal: graph.nodeCount, edgeTotal: edgeTotal)
    }


    /// Pretty-printed JSON with sorted keys and a final newline.
    func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self)) + [0x0A]
    }
}
