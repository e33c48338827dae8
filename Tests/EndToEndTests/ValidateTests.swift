import Foundation
import Testing

@Suite("validate")
struct ValidateTests {
    static func freshExport(into dir: TempDir) throws -> String {
        let r = try Tool.run(["export", Tool.repoPath("seeds"), "--format", "graphml", "--output", dir.path("g.graphml")])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        return dir.path("g.graphml")
    }

    @Test("a fresh export is valid against the default profile and the official GraphML schema")
    func freshExportValid() throws {
        let dir = try TempDir()
        let path = try Self.freshExport(into: dir)
        // Default schema (schema/graphml-profile.xsd) is relative to the working folder: the package root.
        let r = try Tool.run(["validate", path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdoutText == path + ": valid\n")
        #expect(r.stderr.isEmpty)

        let official = Tool.repoPath("schema/reference/graphml/graphml.xsd")
        let r2 = try Tool.run(["validate", path, "--schema", official])
        #expect(r2.status == 0, "stderr: \(r2.stderr)")
        #expect(r2.stdoutText.contains("valid"))
    }

    @Test("a GraphML file with an edited key id is invalid: exit 1 and file:line: messages")
    func brokenKeyID() throws {
        let dir = try TempDir()
        let path = try Self.freshExport(into: dir)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("<key id=\"kind\""))
        let broken = text.replacingOccurrences(of: "<key id=\"kind\"", with: "<key id=\"kind broken\"")
        let bad = try dir.write(broken, to: "broken.graphml")
        let lineCount = broken.split(separator: "\n", omittingEmptySubsequences: false).count

        let r = try Tool.run(["validate", bad])
        #expect(r.status == 1)
        #expect(!r.stdoutText.contains("valid"))
        #expect(!r.stderrLines.isEmpty)
        for line in r.stderrLines {
            let rest = line.hasPrefix(bad + ":") ? line.dropFirst(bad.count + 1) : ""
            let number = Int(rest.prefix { $0.isNumber })
            #expect(number != nil && rest.dropFirst(String(number ?? 0).count).hasPrefix(":"), "not file:line: \(line)")
            if let n = number { #expect((1...lineCount).contains(n)) }
        }
    }

    @Test("one valid and one broken file: exit 1, the valid one still reported valid")
    func mixed() throws {
        let dir = try TempDir()
        let path = try Self.freshExport(into: dir)
        let bad = try dir.write("<graphml><oops/></graphml>\n", to: "bad.graphml")
        let r = try Tool.run(["validate", path, bad])
        #expect(r.status == 1)
        #expect(r.stdoutText == path + ": valid\n")
        #expect(r.stderr.contains(bad + ":"))
    }

    @Test("a schema that cannot be read: exit 2")
    func missingSchema() throws {
        let dir = try TempDir()
        let path = try Self.freshExport(into: dir)
        let r = try Tool.run(["validate", path, "--schema", dir.path("none.xsd")])
        #expect(r.status == 2)
        #expect(!r.stderr.isEmpty)
    }
}
