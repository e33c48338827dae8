import Foundation
import Testing

@Suite("unwritable output")
struct OutputFailureTests {
    @Test("an output folder under a regular file: exit 2 and a message naming the path and the reason")
    func outputDirUnderFile() throws {
        let dir = try TempDir()
        let file = try dir.write("not a folder\n", to: "plain")
        let r = try Tool.run(["export", Tool.repoPath("seeds"), "--output-dir", file + "/sub", "--name", "n"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("diplograph: "))
        #expect(r.stderr.contains(file))
        #expect(r.stderr.lowercased().contains("not a directory"), "\(r.stderr)")
        #expect(try dir.read("plain") == Data("not a folder\n".utf8))
        #expect(try dir.contents() == ["plain"])
    }

    @Test("--output FILE under a regular file: exit 2 and a message naming the folder and the reason")
    func outputFileUnderFile() throws {
        let dir = try TempDir()
        let file = try dir.write("not a folder\n", to: "plain")
        let r = try Tool.run(["export", Tool.repoPath("seeds"), "--format", "graphml", "--output", file + "/g.graphml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(file))
        #expect(r.stderr.lowercased().contains("not a directory"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("the message names the requested output path in the tool's own words",
          arguments: [["--output-dir", "plain/sub", "--name", "n"], ["--format", "graphml", "--output", "plain/g.graphml"]])
    func clearMessage(_ options: [String]) throws {
        let dir = try TempDir()
        try dir.write("not a folder\n", to: "plain")
        // The path given to --output-dir or --output, as the user wrote it (made absolute here).
        let flag = options.firstIndex(where: { $0 == "--output" || $0 == "--output-dir" })!
        let requested = dir.path(options[flag + 1])
        let args = options.map { $0.hasPrefix("plain/") ? dir.path($0) : $0 }
        let r = try Tool.run(["export", Tool.repoPath("seeds")] + args)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("diplograph: " + requested + ": "), "\(r.stderr)")
        #expect(!r.stderr.contains("Error Domain="), "\(r.stderr)")
        #expect(!r.stderr.contains(".tmp-"), "\(r.stderr)")
    }
}
