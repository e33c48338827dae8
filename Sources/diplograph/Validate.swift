import ArgumentParser
import DiplographExport
import Foundation

/// `diplograph validate`: check GraphML files against an XML Schema with libxml2.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate GraphML files against the project's GraphML profile (or another XSD).")

    @Argument(help: "GraphML files to check.")
    var files: [String]

    @Option(name: .long, help: "The XML Schema to validate against (default: the project's GraphML profile, schema/graphml-profile.xsd, built into the tool).")
    var schema: String?

    func run() throws {
        let validator: SchemaValidator
        do { validator = try schema.map { try SchemaValidator(schemaPath: $0) } ?? SchemaValidator.graphMLProfile() } catch {
            Inputs.warn("\(error)")
            throw ExitCode(ExitStatus.failure)
        }
        var bad = 0
        for f in files {
            do {
                let issues = try validator.validate(path: f)
                if issues.isEmpty { print(TerminalText.line("\(f): valid")) } else {
                    bad += 1
                    for i in issues { StandardStreams.writeError(TerminalText.line("\(i)") + "\n") }
                }
            } catch {
                bad += 1
                Inputs.warn("\(f): \(error)")
            }
        }
        if bad > 0 { throw ExitCode(ExitStatus.partial) }
    }
}
