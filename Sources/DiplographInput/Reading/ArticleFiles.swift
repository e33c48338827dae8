#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The article files named by the command line's inputs: files as given, and the files of each
/// folder whose extension is an article's, in name order (with `recursive`, those of its
/// subfolders too). Names are read as bytes (`InputPath`), so a name that is not UTF-8 is found and
/// read like any other. Hidden entries (`.git`, `.cache`) are passed over, and a folder reached
/// twice (given twice, or through a link that loops) is read once.
public struct ArticleFiles: Sendable {
    /// Extensions of the files a folder's articles are taken from.
    public static let extensions: Set<String> = ["txt", "md", "text", "html", "htm", "xhtml"]
    /// Saved web pages, read through the HTML reader (body text and page metadata).
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// One file to read: its path, its path inside the input it was found in (its file name when
    /// it was named on its own), and that path qualified by the input as given (what tells two
    /// inputs' files of one name apart).
    public struct Entry: Sendable {
        public let path: InputPath
        public let relative: String
        public let qualified: String
    }

    /// The files to read, in the order found.
    public private(set) var entries: [Entry] = []
    public var files: [InputPath] { entries.map(\.path) }
    /// The folders read (for their manifests), in the order found.
    public private(set) var folders: [InputPath] = []
    /// Subfolders left unread (no `recursive`), in the order found.
    public private(set) var unreadSubfolders: [InputPath] = []
    /// Inputs that could not be used, each naming the path.
    public private(set) var problems: [ReadError] = []

    public init(_ inputs: [InputPath], recursive: Bool = false) {
        var visited = Set<String>()
        for input in inputs {
            var info = stat()
            let found = input.withCString { stat($0, &info) } == 0
            guard found else {
                problems.append(ReadError(path: input.display, reason: "no such file or folder"))
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                entries.append(Entry(path: input, relative: InputPath(bytes: input.lastComponent).display, qualified: input.display))
                continue
            }
            var root = input.display
            while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
            collect(input, relative: "", root: root, recursive: recursive, visited: &visited)
        }
    }

    private mutating func collect(_ folder: InputPath, relative: String, root: String, recursive: Bool, visited: inout Set<String>) {
        var info = stat()
        let identity = folder.withCString { stat($0, &info) } == 0 ? "\(info.st_dev):\(info.st_ino)" : folder.display
        guard visited.insert(identity).inserted else { return }
        guard let names = ArticleFiles.names(in: folder) else {
            problems.append(ReadError(path: folder.display, reason: "folder cannot be read"))
            return
        }
        folders.append(folder)
        // By name as text, then by bytes: the order of files named alike in NFC and NFD, or
        // differing only in bytes that are not UTF-8, is still fixed.
        let ordered = names.filter { $0.first != UInt8(ascii: ".") }
            .map { InputPath(bytes: $0) }.map { ($0.display, $0) }.sorted { $0 < $1 }
        var subfolders: [(InputPath, String)] = []
        for (name, entry) in ordered {
            let path = folder.appending(entry.bytes)
            let inside = relative.isEmpty ? name : relative + "/" + name
            var entryInfo = stat()
            if path.withCString({ stat($0, &entryInfo) }) == 0, (entryInfo.st_mode & S_IFMT) == S_IFDIR {
                subfolders.append((path, inside))
            } else if ArticleFiles.extensions.contains(path.pathExtension) {
                entries.append(Entry(path: path, relative: inside, qualified: root + "/" + inside))
            }
        }
        for (path, inside) in subfolders {
            if recursive {
                collect(path, relative: inside, root: root, recursive: true, visited: &visited)
            } else {
                unreadSubfolders.append(path)
            }
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
