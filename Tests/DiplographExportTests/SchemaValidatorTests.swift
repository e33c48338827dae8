import Testing
import Foundation
import DiplographModel
@testable import DiplographExport

/// SchemaValidator: valid files, invalid files with line numbers, ill-formed input, bad schema paths.
@Suite struct SchemaValidatorTests {
    let validator: SchemaValidator

    init() throws { validator = try SchemaValidator(schemaPath: SchemaPaths.officialGraphML) }

    @Test func validFileHasNoIssues() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(GraphMLWriter().write(Fixtures.sample()), to: "ok.graphml")
        #expect(try validator.validate(path: path) == [])
    }

    static let invalid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="k" for="node" attr.name="k" attr.type="text"/>
          <graph id="g" edgedefault="directed">
            <node id="a"/>
            <node id="has space"/>
            <edge source="a" target="missing"/>
          </graph>
        </graphml>
        """

    @Test func invalidFileGivesIssuesWithLineNumbers() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array(Self.invalid.utf8), to: "bad.graphml")
        let issues = try validator.validate(path: path)
        #expect(issues.count >= 3, "\(issues)")
        #expect(issues.allSatisfy { $0.file == path })
        let lines = Set(issues.map(\.line))
        #expect(lines.contains(3), "attr.type 'text' on line 3: \(issues)")
        #expect(lines.contains(6), "NMTOKEN with a space on line 6: \(issues)")
        #expect(lines.contains(7), "edge to a missing node on line 7: \(issues)")
        let first = try #require(issues.first)
        #expect(first.description == "\(path):\(first.line): \(first.message)")
        #expect(!first.message.hasSuffix("\n"))
    }

    @Test func illFormedBytesGiveAnIssueNotAThrow() throws {
        let text = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\u{1}</graph>\n</graphml>\n"
        let issues = try validator.validate(bytes: Array(text.utf8), name: "controls.graphml")
        #expect(!issues.isEmpty)
        #expect(issues.first?.file == "controls.graphml")
        #expect(issues.first?.line == 3)

        let unclosed = try validator.validate(bytes: Array("<graphml>\n<graph>\n".utf8), name: "unclosed.graphml")
        #expect(!unclosed.isEmpty)
        #expect(try validator.validate(bytes: [], name: "empty.graphml").count == 1)
    }

    @Test func externalEntitiesAreNotFetched() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">&x;</graphml>
            """
        // Without entity expansion the reference stays unresolved: the call returns issues, never fetches.
        let issues = try validator.validate(bytes: Array(text.utf8), name: "entity.graphml")
        #expect(!issues.isEmpty)
        #expect(issues.allSatisfy { $0.file == "entity.graphml" }, "\(issues)")
    }

    @Test func lineNumbersPastSixtyFiveThousand() throws {
        let padding = String(repeating: "\n", count: 70_000)
        let text = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">" + padding
            + "<graph id=\"g\" edgedefault=\"sideways\"/></graphml>\n"
        let issues = try validator.validate(bytes: Array(text.utf8), name: "long.graphml")
        #expect(issues.contains { $0.line == 70_002 }, "\(issues)")
    }

    @Test func missingSchemaThrowsAClearError() {
        let path = "/nonexistent/folder/graphml.xsd"
        do {
            _ = try SchemaValidator(schemaPath: path)
            Issue.record("expected an error")
        } catch let error as ExportError {
            #expect(error.description.contains(path))
            #expect(error.description.contains("No such file or directory"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func schemaThatIsAFolderOrNotASchemaThrows() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ExportError.self) { try SchemaValidator(schemaPath: folder.url.path) }
        let notSchema = try folder.write(Array("<graphml/>".utf8), to: "not.xsd")
        do {
            _ = try SchemaValidator(schemaPath: notSchema)
            Issue.record("expected an error")
        } catch let error as ExportError {
            #expect(error.call == "xmlSchemaParse")
            #expect(error.description.contains(notSchema))
        }
    }

    @Test func missingDocumentThrows() {
        #expect(throws: ExportError.self) { try validator.validate(path: "/nonexistent/file.graphml") }
    }

    @Test func controlCharactersWouldBreakWellFormedness() throws {
        // The negative control for the writers' cleaning: raw C0 controls make the parser refuse the file.
        let raw = "<?xml version=\"1.0\"?><a>\u{C}</a>"
        #expect(throws: XMLTree.NotWellFormed.self) { try XMLTree.parse(Array(raw.utf8)) }
        #expect(try XMLTree.parse(Array("<?xml version=\"1.0\"?><a>&#9;</a>".utf8)).text == "\t")
    }
}
