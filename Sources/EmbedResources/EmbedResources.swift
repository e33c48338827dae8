import Foundation

// The build tool behind the EmbedResourcesPlugin: writes a Swift source holding files as raw
// string literals, byte for byte.
//
//   EmbedResources lexicon OUTPUT.swift FILE.json…   → enum EmbeddedLexicon { static let files }
//   EmbedResources schemas OUTPUT.swift PROFILE.xsd  → enum EmbeddedSchemas { static let graphMLProfile }

/// Stops the build with a message naming what went wrong.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("EmbedResources: " + message + "\n").utf8))
    exit(1)
}

/// The text of the UTF-8 file at `path`.
func text(of path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot be read") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path): not UTF-8") }
    // A multi-line literal reads a carriage return as a line end, so the bytes would not survive.
    if text.contains("\r") || text.unicodeScalars.contains("\r") { fail("\(path): holds a carriage return") }
    return text
}

/// A multi-line raw string literal whose value is exactly `text`: enough `#` that neither the
/// closing delimiter nor an escape occurs inside, and one more line break at the end, since the
/// one before the closing delimiter is not part of the value.
func literal(_ text: String) -> String {
    var pounds = "#"
    while text.contains("\"\"\"" + pounds) || text.contains("\\" + pounds) { pounds += "#" }
    return pounds + "\"\"\"\n" + text + "\n\"\"\"" + pounds
}

#if DIPLOGRAPH_FUZZ_BUILD
// The fuzz build links libFuzzer's `main` into every executable, this build tool included; libFuzzer
// calls `LLVMFuzzerInitialize` first, which does the tool's work and ends the process there.
@_cdecl("LLVMFuzzerInitialize")
func fuzzBuildEntry(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    EmbedResources.main()
    exit(0)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzBuildInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { 0 }
#endif

/// The tool's entry point: `@main`, except in the fuzz build (above).
#if !DIPLOGRAPH_FUZZ_BUILD
@main
#endif
enum EmbedResources {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count >= 3, let kind = arguments.first else {
            fail("usage: EmbedResources lexicon|schemas OUTPUT.swift FILE…")
        }
        let output = arguments[arguments.startIndex + 1]
        let inputs = Array(arguments.dropFirst(2))
        var source = "// Written at build time by the EmbedResources tool (Plugins/EmbedResourcesPlugin). Do not edit.\n\n"
        switch kind {
        case "lexicon":
            source += "/// The lexicon's JSON files as they are in `Sources/DiplographExtraction/Lexicon`, by file name.\n"
            source += "enum EmbeddedLexicon {\n    static let files: [(name: String, text: String)] = [\n"
            for path in inputs {
                let name = (path as NSString).lastPathComponent
                source += "        (\"\(name)\", " + literal(text(of: path)) + "),\n"
            }
            source += "    ]\n}\n"
        case "schemas":
            source += "/// The schemas `validate` uses when given none, as they are in `schema/`.\n"
            source += "enum EmbeddedSchemas {\n    /// `schema/graphml-profile.xsd`.\n"
            source += "    static let graphMLProfile = " + literal(text(of: inputs[0])) + "\n}\n"
        default:
            fail("unknown kind '\(kind)'; lexicon or schemas")
        }
        do {
            try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            fail("\(output): cannot be written: \(error)")
        }
    }
}
