#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Inputs {
    /// Keeps one article per file: a file named twice (`a.txt a.txt`, `a.txt ./a.txt`, or by name
    /// and inside a folder given too, or through a symbolic link) is one input, listed once.
    mutating func removeDuplicateFiles() {
        var seen = Set<String>()
        var keptArticles = articles, keptDigests = digests
        keptArticles.removeAll(keepingCapacity: true)
        keptDigests.removeAll(keepingCapacity: true)
        for (index, article) in articles.enumerated() where seen.insert(Self.identity(of: article.path)).inserted {
            keptArticles.append(article)
            if index < digests.count { keptDigests.append(digests[index]) }
        }
        articles = keptArticles
        digests = keptDigests
    }

    /// The file's device and inode when it can be examined, else its resolved path.
    private static func identity(of path: String) -> String {
        var info = stat()
        if stat(path, &info) == 0 { return "\(info.st_dev):\(info.st_ino)" }
        return path
    }
}
