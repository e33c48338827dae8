import Foundation
import PackagePlugin

/// Compiles the files an installed `diplograph` must find into its sources at build time, so the
/// executable needs nothing beside it: the lexicon's JSON files (`DiplographExtraction`, as
/// `EmbeddedLexicon`) and the GraphML profile `schema/graphml-profile.xsd` (`DiplographExport`, as
/// `EmbeddedSchemas`). SwiftPM runs the `EmbedResources` tool again whenever one of them changes.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "EmbedResources").url
        switch target.name {
        case "DiplographExtraction":
            let folder = context.package.directoryURL.appendingPathComponent("Sources/DiplographExtraction/Lexicon")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.lowercased().hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
            let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedLexicon.swift")
            return [.buildCommand(displayName: "Building the lexicon into DiplographExtraction", executable: tool,
                                  arguments: ["lexicon", output.path] + files.map(\.path),
                                  inputFiles: files, outputFiles: [output])]
        case "DiplographExport":
            let profile = context.package.directoryURL.appendingPathComponent("schema/graphml-profile.xsd")
            let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedSchemas.swift")
            return [.buildCommand(displayName: "Building the GraphML profile into DiplographExport", executable: tool,
                                  arguments: ["schemas", output.path, profile.path],
                                  inputFiles: [profile], outputFiles: [output])]
        default:
            return []
        }
    }
}
