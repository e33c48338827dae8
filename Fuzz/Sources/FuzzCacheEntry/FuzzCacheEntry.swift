// libFuzzer target: bytes → the binary article-cache entry reader (header, length, SHA-256,
// then the graph body) and, separately, the same bytes as a graph body alone, since a body with a
// matching SHA-256 is what anyone who can write the cache folder can make; the same bytes as a
// whole pack (index, trailer and records, `ArticleGraphCache.graphs(inPack:)`) and as the one
// record of a pack made around them; and as the body of an export record (`ExportRecord`), which
// lives in the same folder. Crashes, hangs and broken invariants are findings: a body that
// decodes must encode to bytes that decode to the same graph, an entry made from a decoded graph
// must be read back, a record found in a pack must read as the entry alone does, and a pack made
// of the entries read from one must read back with the same graphs; nil or a Problem is the
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

/// The bytes as a pack: every graph read from it round-trips, and a pack made again of those
/// graphs' entries reads back with the same keys and graphs.
func checkPack(_ bytes: [UInt8]) {
    guard let found = ArticleGraphCache.graphs(inPack: bytes) else { return }
    var entries: [(key: String, entry: [UInt8])] = []
    for key in found.keys.sorted() {
        guard case .success(let graph)?? = found[key] else { continue }
        checkRoundTrip(graph)
        guard let entry = ArticleGraphCache.entry(for: graph, key: key) else { fatalError("no entry for a key read from a pack") }
        entries.append((key, entry))
    }
    guard let again = ArticleGraphCache.pack(entries: entries), let back = ArticleGraphCache.graphs(inPack: again),
          back.count == entries.count else { fatalError("a pack made of entries read from a pack is not read back") }
    for (key, entry) in entries {
        guard case .success(let graph)?? = back[key], ArticleGraphCache.entry(for: graph, key: key) == entry else {
            fatalError("a graph changed on its way through a pack")
        }
    }
}

/// The bytes as the one record of a pack made around them: read as the entry alone is.
func checkRecord(_ bytes: [UInt8]) {
    guard let pack = ArticleGraphCache.pack(entries: [(key, bytes)]) else { return }
    guard let found = ArticleGraphCache.graphs(inPack: pack), found.count == 1, let inPack = found[key] else {
        fatalError("a pack of one record does not list it")
    }
    let alone = ArticleGraphCache.graph(fromEntry: bytes, key: key)
    switch (inPack, alone) {
    case (nil, nil), (.failure?, .failure?): break
    case (.success(let a)?, .success(let b)?):
        if GraphCoding.encode(a) != GraphCoding.encode(b) { fatalError("a record read from a pack differs from the entry alone") }
    default: fatalError("a record read from a pack is not read as the entry alone")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCacheEntry(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let graph)? = ArticleGraphCache.graph(fromEntry: bytes, key: key) { checkRoundTrip(graph) }
    if case .success(let graph) = GraphCoding.decode(bytes) { checkRoundTrip(graph) }
    checkPack(bytes)
    checkRecord(bytes)
    if let record = ExportRecord(entry: bytes, key: key) { checkRoundTrip(record) }
    // The bytes as a record's body, behind a header made for them.
    if let entry = ExportRecord.entry(body: bytes, key: key), let record = ExportRecord(entry: entry, key: key) {
        checkRoundTrip(record)
    }
    return 0
}
