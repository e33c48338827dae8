#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The article files named by the command line's inputs: files as given, and the files of each
/// folder whose extension is an article's, in name order. Names are read as bytes (`InputPath`),
/// so a name that is not UTF-8 is found and read like any other.
public struct ArticleFiles: Sendable {
    /// Extensions of the files a folder's articles are taken from.
    public static let extensions: Set<String> = ["txt", "md", "text", "html", "htm", "xhtml"]
    /// Saved web pages, read through the HTML reader (body text and page metadata).
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// The files to read, in the order found.
    public private(set) var files: [InputPath] = []
    /// The folders read (for their manifests), in the order given.
    public private(set) var folders: [InputPath] = []
    /// Inputs that could not be used, each naming the path.
    public private(set) var problems: [ReadError] = []

    public init(_ inputs: [InputPath]) {
        for input in inputs {
            var info = stat()
            let found = input.withCString { stat($0, &info) } == 0
            guard found else {
                problems.append(ReadError(path: input.display, reason: "no such file or folder"))
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                files.append(input)
                continue
            }
            guard let names = ArticleFiles.names(in: input) else {
                problems.append(ReadError(path: input.display, reason: "folder cannot be read"))
                continue
            }
            folders.append(input)
            let chosen = names.map { input.appending($0) }.filter { ArticleFiles.extensions.contains($0.pathExtension) }
            // By name as text, then by bytes: the order of files named alike in NFC and NFD, or
            // differing only in bytes that are not UTF-8, is still fixed.
            files += chosen.map { ($0.display, $0) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
        }
    }

    /// True when `path` is to be read as a saved web page.
    public static func isPage(_ path: InputPath) -> Bool { htmlExtensions.contains(path.pathExtension) }

    /// The names in `folder` (without `.` and `..`), as bytes; nil when it cannot be read.
    static func names(in folder: InputPath) -> [[UInt8]]? {
        guard let directory = folder.withCString({ opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] || name.isEmpty { continue }
            names.append(name)
        }
        return names
    }
}
