import Testing
import DiplographModel
@testable import DiplographExport

/// The format enumeration and `render(_:as:options:)`.
@Suite struct RenderTests {
    @Test func formats() {
        #expect(ExportFormat.allCases.map(\.rawValue) == ["graphml", "rdfxml", "dot", "gexf", "turtle", "ntriples"])
        #expect(ExportFormat.allCases.map(\.fileExtension) == ["graphml", "rdf", "dot", "gexf", "ttl", "nt"])
        #expect(ExportOptions().baseIRI == "https://w3id.org/diplograph/id/")
    }

    @Test func renderDispatchesToTheWriters() throws {
        let graph = Fixtures.sample()
        let options = ExportOptions(baseIRI: "urn:example:")
        #expect(try render(graph, as: .graphml, options: options) == GraphMLWriter(options: options).write(graph))
        #expect(try render(graph, as: .rdfxml, options: options) == RDFXMLWriter(options: options).write(graph))
        #expect(try render(graph, as: .dot, options: options) == DOTWriter(options: options).write(graph))
        #expect(try render(graph, as: .gexf, options: options) == GEXFWriter(options: options).write(graph))
        #expect(try render(graph, as: .turtle, options: options) == TurtleWriter(options: options).write(graph))
        #expect(try render(graph, as: .ntriples, options: options) == NTriplesWriter(options: options).write(graph))
        let rdf = String(decoding: try render(graph, as: .rdfxml, options: options), as: UTF8.self)
        #expect(rdf.contains("rdf:about=\"urn:example:actor-putin\""))
    }

    @Test func everyFormatIsUTF8WithoutForbiddenCharacters() throws {
        for format in ExportFormat.allCases {
            let bytes = try render(Fixtures.hostile(), as: format, options: .init())
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(Array(text.utf8) == bytes, "\(format) is valid UTF-8")
            #expect(!text.unicodeScalars.contains { !XMLText.isAllowed($0) }, "\(format)")
        }
    }

    @Test func errorsNameTheCall() {
        let error = ExportError(call: "xmlTextWriterStartElement", message: "returned -1")
        #expect(error.description == "xmlTextWriterStartElement failed: returned -1")
        #expect(ValidationIssue(file: "a.graphml", line: 3, message: "bad").description == "a.graphml:3: bad")
    }
}
