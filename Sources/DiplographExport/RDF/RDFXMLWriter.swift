import Dispatch
import Foundation
import DiplographModel

/// Writes the graph as RDF/XML following `schema/ontology.rdf`.
///
/// Writes the triples of `RDFTriples` (shared with Turtle and N-Triples): each subject becomes a
/// typed node element (`<dg:Person rdf:about="BASE+id">`, from its `rdf:type` triple) holding its
/// other triples as property elements, in the builder's order, so the output is byte-identical
/// whatever order the graph was built in. IRIs are the base plus the percent-encoded id; every
/// predicate is checked to be a QName with an NCName local part.
public struct RDFXMLWriter: GraphWriter, Sendable {
    public let options: ExportOptions

    public init(options: ExportOptions = .init()) { self.options = options }

    /// Streams the RDF/XML document for `graph` into `sink`, one subject at a time.
    /// Throws when the base IRI is not absolute.
    ///
    /// The subjects are written in runs of `Self.run` nodes, two runs at a time: this thread
    /// writes the first straight into the document while another writes the second into memory,
    /// which then follows it; the bytes are those of one thread writing every subject in turn.
    public func write(_ graph: SortedGraph, to sink: ByteSink) throws {
        let subjects = try RDFSubjects(graph, options: options)
        try XMLByteWriter.document(to: sink) { xml in
            try xml.startElement("rdf:RDF")
            for (prefix, iri) in RDFVocabulary.namespaces { try xml.attribute("xmlns:" + prefix, iri) }
            // The classes are few: each IRI is compacted once.
            var classes: [String: String] = [:]
            var start = 0
            while start < subjects.count {
                let middle = min(start + Self.run, subjects.count), end = min(middle + Self.run, subjects.count)
                let second = middle < end ? SecondRun(subjects, middle..<end, writer: self) : nil
                let first = Result { try subjects.forEach(in: start..<middle) { try write($0[...], classes: &classes, xml) } }
                let bytes = second?.bytes()
                try first.get()
                if let bytes { for block in try bytes.get() { try xml.splice(block) } }
                start = end
            }
            try xml.endElement()
        }
    }

    /// How many node positions a run of subjects spans.
    static let run = 256

    /// A run of subjects written into memory on another thread, as children of `rdf:RDF`.
    private final class SecondRun: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        /// Set once by the other thread before it signals `done`, read only after waiting for it.
        private var outcome: Result<[[UInt8]], Error> = .success([])

        init(_ subjects: RDFSubjects, _ positions: Range<Int>, writer: RDFXMLWriter) {
            // A thread of its own: the shared pool's threads may all be busy with the other formats.
            Thread { [self] in
                outcome = Result {
                    let sink = BlockSink()
                    try XMLByteWriter.fragment(depth: 1, to: sink, capacity: BlockSink.size) { xml in
                        var classes: [String: String] = [:]
                        try subjects.forEach(in: positions) { try writer.write($0[...], classes: &classes, xml) }
                    }
                    return sink.blocks
                }
                done.signal()
            }.start()
        }

        /// The run's bytes, once written, in blocks.
        func bytes() -> Result<[[UInt8]], Error> {
            done.wait()
            return outcome
        }
    }

    /// Bytes kept in memory as the blocks they were written in: small blocks the allocator reuses
    /// run after run, where one growing buffer per run would leave memory in use behind it.
    private final class BlockSink: ByteSink {
        /// The writer's buffer size, so that each block is one buffer's worth.
        static let size = 1 << 15
        private(set) var blocks: [[UInt8]] = []

        func write(_ bytes: UnsafeRawBufferPointer) throws { blocks.append(Array(bytes)) }
    }

    /// One subject's node element. Its first triple is its `rdf:type`, whose class becomes the
    /// element name.
    private func write(_ triples: ArraySlice<RDFTriple>, classes: inout [String: String], _ xml: XMLByteWriter) throws {
        guard let first = triples.first, first.predicate == RDFVocabulary.type, case .resource(let type) = first.object else {
            throw ExportError(call: "RDFXMLWriter.class",
                              message: "subject '\(triples.first?.subject ?? "")' has no class with a declared prefix")
        }
        let classQName: String
        if let known = classes[type] {
            classQName = known
        } else if let compacted = RDFVocabulary.compact(type) {
            classQName = compacted
            classes[type] = compacted
        } else {
            throw ExportError(call: "RDFXMLWriter.class", message: "subject '\(first.subject)' has no class with a declared prefix")
        }
        try xml.startElement(classQName)
        try xml.attribute("rdf:about", first.subject)
        // Every predicate was checked to be a QName with an NCName local part by `RDFTriples`.
        // Each property element is a leaf, written in one call (the bytes of `startElement`,
        // `attribute`, `text` and `endElement`).
        for triple in triples.dropFirst() {
            switch triple.object {
            case .resource(let iri):
                try xml.emptyElement(triple.predicate, "rdf:resource", iri)
            case .literal(let value, let language, let datatype):
                try xml.textElement(triple.predicate, language.map { ("xml:lang", $0) }, datatype.map { ("rdf:datatype", $0) },
                                    text: value)
            }
        }
        try xml.endElement()
    }
}
