import Foundation
import Testing
@testable import DiplographExport

/// The GraphML profile built into the tool (`validate` without `--schema`) is `schema/graphml-profile.xsd`.
@Suite("built-in GraphML profile")
struct EmbeddedSchemaTests {
    @Test("the built-in profile has the bytes of schema/graphml-profile.xsd")
    func builtInMatchesFile() throws {
        let path = SchemaPaths.packageRoot.appendingPathComponent("schema/graphml-profile.xsd").path
        let file = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(EmbeddedSchemas.graphMLProfile.utf8) == [UInt8](file))
    }

    @Test("the built-in profile accepts a writer's document and rejects an undirected one, as the file does")
    func builtInValidates() throws {
        let builtIn = try SchemaValidator.graphMLProfile()
        let graph = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="kind" for="node" attr.name="kind" attr.type="string"/><graph id="g" edgedefault="directed"><node id="a"><data key="kind">actor</data></node></graph></graphml>
            """#
        #expect(try builtIn.validate(bytes: Array(graph.utf8), name: "ok.graphml").isEmpty)
        let undirected = graph.replacingOccurrences(of: "\"directed\"", with: "\"undirected\"")
        #expect(try !builtIn.validate(bytes: Array(undirected.utf8), name: "bad.graphml").isEmpty)
    }
}
