// libFuzzer target: bytes → the binary article-cache entry reader (header, length, SHA-256,
// then the graph body) and, separately, the same bytes as a graph body alone, since a body with a
// matching SHA-256 is what anyone who can write the cache folder can make; and the same bytes as
// the body of an export record (`ExportRecord`), which lives in the same folder. Crashes, hangs and
// broken invariants are findings: a body that decodes must encode to bytes that decode to the same
// graph, and an entry made from a decoded graph must be read back; nil or a Problem is the
// expected answer to anything else.
import DiplographInput
import DiplographModel
import Foundation

let key = String(repeating: "ab", count: 32)

/// Every field of every edge, which `Edge`'s `==` (ends, relation and role) does not compare.
func edgeFields(_ g: KnowledgeGraph) -> [String] {
    g.edges.map { "\($0.id) \($0.weight.bitPattern) \($0.firstDate) \($0.lastDate) \($0.facts)" }
}

func checkRoundTrip(_ graph: KnowledgeGraph) {
    guard let entry = ArticleGraphCache.entry(for: graph, key: key) else { fatalError("no entry for a valid key") }
    guard case .success(let again)? = ArticleGraphCache.graph(fromEntry: entry, key: key) else {
        fatalError("an entry made from a decoded graph is not read back")
    }
    if again.nodes != graph.nodes || edgeFields(again) != edgeFields(graph) {
        fatalError("a decoded graph changed when encoded and decoded again")
    }
    if GraphCoding.encode(again) != GraphCoding.encode(graph) { fatalError("the same graph gave other bytes") }
}

func checkRoundTrip(_ record: ExportRecord) {
    guard let entry = record.entry(key: key), ExportRecord(entry: entry, key: key) == record else {
        fatalError("a decoded export record is not read back the same")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCacheEntry(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let graph)? = ArticleGraphCache.graph(fromEntry: bytes, key: key) { checkRoundTrip(graph) }
    if case .success(let graph) = GraphCoding.decode(bytes) { checkRoundTrip(graph) }
    if let record = ExportRecord(entry: bytes, key: key) { checkRoundTrip(record) }
    // The bytes as a record's body, behind a header made for them.
    if let entry = ExportRecord.entry(body: bytes, key: key), let record = ExportRecord(entry: entry, key: key) {
        checkRoundTrip(record)
    }
    return 0
}
