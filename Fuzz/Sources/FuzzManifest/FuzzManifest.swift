// libFuzzer target: manifest bytes → the manifest.json beside an article without front matter,
// read by a fresh ArticleReader (size bound, JSON shape, each entry's date and field bounds,
// entries listed twice), then the check for listed files the folder lacks. Crashes, hangs and
// broken invariants (an error naming a third file, a field past its bound, a date that is not a
// day) are findings; a ReadError naming the article (with the manifest as its cause) is the
// expected answer to a bad manifest.
import DiplographInput
import DiplographModel
import Foundation

/// A private folder (in memory when /dev/shm exists) holding `a.txt` and the manifest under test.
let folder: String = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let folder = base + "/diplograph-fuzz-manifest-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}()
let articlePath = folder + "/a.txt"
let manifestPath = folder + "/manifest.json"
let articleBytes = Array("Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Mỹ Joe Biden ngày 12/2.\n".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard FileManager.default.createFile(atPath: manifestPath, contents: Data(bytes: data, count: size)) else {
        fatalError("cannot write \(manifestPath)")
    }
    let reader = ArticleReader()
    for missing in reader.missingFileErrors(inFolder: folder) where missing.path != manifestPath {
        fatalError("a missing-file error names \(missing.path), not the manifest")
    }
    do {
        let article = try reader.read(bytes: articleBytes, path: articlePath)
        for (field, limit, value) in ArticleMetadata.fieldLimits where value(article.metadata).unicodeScalars.count > limit {
            fatalError("\(field) longer than its bound of \(limit)")
        }
        if let date = article.metadata.published, date.precision != .day { fatalError("published \(date) is not a day") }
    } catch let error as ReadError {
        if error.path != articlePath { fatalError("ReadError names \(error.path), not the article read") }
        if error.causes.isEmpty || error.causes.contains(where: { $0.path != manifestPath }) {
            fatalError("an article skipped for its manifest without the manifest named: \(error)")
        }
    } catch {
        fatalError("ArticleReader threw something other than a ReadError: \(error)")
    }
    return 0
}
