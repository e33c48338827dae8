// libFuzzer target: bytes → a KnowledgeGraph (GraphDecoder) → every writer (every ExportFormat).
// Findings: crashes, a writer that throws on a graph, GraphML that is not well formed or not valid
// against the official GraphML schema, RDF/XML or GEXF that libxml2 does not parse, DOT whose
// quotes, braces or brackets do not balance, N-Triples lines that do not end in " .".
import CLibXML2
import DiplographExport
import DiplographModel
import Foundation

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The official GraphML schema: ../shared/reference/graphml/graphml.xsd, else the committed copy.
nonisolated(unsafe) let validator: SchemaValidator = {
    let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/graphml/graphml.xsd").path
    let path = FileManager.default.fileExists(atPath: shared) ? shared
        : repositoryRoot.appendingPathComponent("schema/reference/graphml/graphml.xsd").path
    do { return try SchemaValidator(schemaPath: path) } catch { fatalError("cannot load the GraphML schema: \(error)") }
}()

/// Reads a graph out of arbitrary bytes: a stream of operations (node, edge, dangling edge), each
/// taking the bytes it needs; text fields are length-prefixed byte runs decoded as UTF-8 (invalid
/// sequences become U+FFFD), so control characters, U+FFFE/U+FFFF, quotes and markup all occur.
struct GraphDecoder {
    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { at >= bytes.count }

    mutating func byte() -> Int {
        guard at < bytes.count else { return 0 }
        defer { at += 1 }
        return Int(bytes[at])
    }

    mutating func int() -> Int { (byte() << 8 | byte()) - 1000 }

    mutating func string() -> String {
        var length = byte() % 64
        if length == 63 { length = byte() * 64 }
        let end = min(bytes.count, at + length)
        defer { at = end }
        return String(decoding: bytes[min(at, end)..<end], as: UTF8.self)
    }

    mutating func strings(_ n: Int) -> [String] { (0..<n).map { _ in string() } }

    mutating func date() -> PartialDate? {
        let b = byte()
        if b % 4 == 0 { return nil }
        return PartialDate(year: int() + 1000, month: b % 3 == 0 ? nil : byte() % 13, day: b % 5 == 0 ? nil : byte() % 32)
    }

    mutating func id(kind: NodeKind) -> NodeID {
        byte() % 2 == 0 ? NodeID(raw: string()) : NodeID(kind: kind, slug: string())
    }

    mutating func evidence(_ ids: [NodeID]) -> [Evidence] {
        (0..<(byte() % 4)).map { _ in Evidence(article: ids.first ?? NodeID(raw: string()), sentence: string(), start: int(), end: int()) }
    }

    mutating func graph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        var ids: [NodeID] = []
        var operations = 0
        while !atEnd && operations < 200 {
            operations += 1
            switch byte() % 4 {
            case 0, 1:
                let kind = NodeKind.allCases[byte() % NodeKind.allCases.count]
                let id = self.id(kind: kind)
                let t = strings(6)
                let articles = (0..<(byte() % 3)).map { _ in NodeID(raw: string()) }
                let v = byte()
                let node: Node
                switch kind {
                case .actor:
                    node = .actor(Actor(id: id, label: t[0], labelEn: t[1], actorType: ActorType.allCases[v % ActorType.allCases.count],
                                        state: t[2], wikidata: t[3], aliases: [t[4], t[5]], articles: articles))
                case .event:
                    node = .event(Event(id: id, label: t[0], eventType: EventType.allCases[v % 2], mode: EventMode.allCases[v % 4],
                                        status: EventStatus.allCases[(v / 4) % 2], date: date(), location: t[1],
                                        durationMinutes: v % 3 == 0 ? nil : int(), startTime: t[2], endTime: t[3], timeZone: t[4],
                                        articles: articles, evidence: evidence(articles)))
                case .demand:
                    node = .demand(Demand(id: id, label: t[0], topics: [t[1], t[2]], text: t[3], cameo: t[4],
                                          articles: articles, evidence: evidence(articles)))
                case .threat:
                    node = .threat(Threat(id: id, label: t[0], sanctions: v % 2 == 0, measure: t[1], condition: t[2], cameo: t[3],
                                          articles: articles, evidence: evidence(articles)))
                case .article:
                    node = .article(Article(id: id, title: t[0], published: date(), file: t[1], source: t[2], url: t[3], language: t[4]))
                }
                graph.insert(node)
                ids.append(id)
            case 2 where !ids.isEmpty:
                let source = ids[byte() % ids.count], target = ids[byte() % ids.count]
                let weights: [Double] = [1, 2, 0.5, 1e-9, 1e300, -1, .infinity, .nan]
                graph.connect(Edge(source: source, target: target, relation: Relation.allCases[byte() % Relation.allCases.count],
                                   role: string(), weight: weights[byte() % weights.count], firstDate: string(), lastDate: string(),
                                   facts: (0..<(byte() % 3)).map { _ in ids[byte() % ids.count] }))
            default:
                graph.connect(NodeID(raw: string()), NodeID(raw: string()), Relation.allCases[byte() % Relation.allCases.count], role: string())
            }
        }
        return graph
    }
}

/// libxml2's verdict on `bytes` as XML (no network, no entity expansion): nil when well formed.
func xmlProblem(_ bytes: [UInt8]) -> String? {
    final class Messages { var list: [String] = [] }
    let messages = Messages()
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(messages).toOpaque()) { data, error in
        guard let data, let error else { return }
        Unmanaged<Messages>.fromOpaque(data).takeUnretainedValue().list.append(error.pointee.message.map { String(cString: $0) } ?? "?")
    }
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    let document: xmlDocPtr? = withExtendedLifetime(messages) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "fuzz.rdf", nil, Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
    }
    if let document { xmlFreeDoc(document) }
    if document == nil || !messages.list.isEmpty { return messages.list.joined(separator: "; ") }
    return nil
}

/// Quotes, braces and brackets of a DOT file, outside quoted strings: nil when they balance.
func dotProblem(_ dot: String) -> String? {
    var inQuote = false, escaped = false, braces = 0, brackets = 0
    for s in dot.unicodeScalars {
        if inQuote {
            if s == "\n" { return "raw line break in a quoted string" }
            if escaped { escaped = false } else if s == "\\" { escaped = true } else if s == "\"" { inQuote = false }
            continue
        }
        switch s {
        case "\"": inQuote = true
        case "{": braces += 1
        case "}": braces -= 1
        case "[": brackets += 1
        case "]": brackets -= 1
        default: break
        }
        if braces < 0 || brackets < 0 { return "closing before opening" }
    }
    if inQuote || braces != 0 || brackets != 0 { return "unbalanced (quote open: \(inQuote), braces \(braces), brackets \(brackets))" }
    return nil
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWriters(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var decoder = GraphDecoder(Array(UnsafeBufferPointer(start: data, count: size)))
    let graph = decoder.graph()
    for format in ExportFormat.allCases {
        let bytes: [UInt8]
        do {
            bytes = try render(graph, as: format, options: ExportOptions())
        } catch {
            fatalError("\(format) writer threw on a graph of \(graph.nodeCount) nodes: \(error)")
        }
        switch format {
        case .graphml:
            let issues: [ValidationIssue]
            do { issues = try validator.validate(bytes: bytes, name: "fuzz.graphml") } catch { fatalError("validator threw: \(error)") }
            if !issues.isEmpty { fatalError("GraphML not valid: \(issues.prefix(3).map(\.description))") }
        case .rdfxml:
            if let problem = xmlProblem(bytes) { fatalError("RDF/XML not well formed: \(problem)") }
        case .dot:
            if let problem = dotProblem(String(decoding: bytes, as: UTF8.self)) { fatalError("DOT: \(problem)") }
        case .gexf:
            if let problem = xmlProblem(bytes) { fatalError("GEXF not well formed: \(problem)") }
        case .ntriples:
            let text = String(decoding: bytes, as: UTF8.self)
            for line in text.split(separator: "\n") where !line.hasSuffix(" .") && !line.hasPrefix("#") {
                fatalError("N-Triples line without its final ' .': \(line.prefix(200).debugDescription)")
            }
        default:
            // Formats added later (Turtle …): writing without crashing or throwing is checked above.
            break
        }
    }
    return 0
}
