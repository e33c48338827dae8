import Foundation

/// The packs of an article cache (`article-graphs-v4/*.pack`), read and made by hand after the
/// layout README.md gives ("The article cache"), independently of the tool's code: the header
/// `DGAP` and version 4, the records, an index of 48-byte rows (key, offset, length) sorted by
/// key, then the index's offset and row count, a SHA-256 over the header, index and those two
/// numbers, and `DGPI`.
enum CachePackFiles {
    struct Record: Equatable {
        var key: [UInt8]
        var entry: [UInt8]
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    static func number(_ bytes: [UInt8], at offset: Int) -> Int {
        (0..<8).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    static func littleEndian(_ value: Int, bytes: Int = 8) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// The records of `pack` in index order; nil when its trailer does not say where they are.
    /// (The SHA-256 is not checked here: the tests make packs with a right one or break them.)
    static func records(_ pack: [UInt8]) -> [Record]? {
        guard pack.count >= 60, Array(pack.suffix(4)) == Array("DGPI".utf8) else { return nil }
        let trailer = pack.count - 52
        let indexOffset = number(pack, at: trailer), count = number(pack, at: trailer + 8)
        guard indexOffset + 48 * count == trailer else { return nil }
        return (0..<count).map { row in
            let at = indexOffset + 48 * row
            let offset = number(pack, at: at + 32), length = number(pack, at: at + 40)
            return Record(key: Array(pack[at..<(at + 32)]), entry: Array(pack[offset..<(offset + length)]))
        }
    }

    /// A pack of `records` (sorted by key here), with the right SHA-256 in its trailer.
    static func pack(_ records: [Record], version: Int = 4) throws -> [UInt8] {
        let header = Array("DGAP".utf8) + littleEndian(version, bytes: 4)
        var out = header, index: [UInt8] = []
        for record in records.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            index += record.key + littleEndian(out.count) + littleEndian(record.entry.count)
            out += record.entry
        }
        let numbers = littleEndian(out.count) + littleEndian(records.count)
        let digest = try sha256(header + index + numbers)
        return out + index + numbers + digest + Array("DGPI".utf8)
    }

    /// The SHA-256 of `bytes`, by `sha256sum`.
    static func sha256(_ bytes: [UInt8]) throws -> [UInt8] {
        let scratch = try TempDir()
        let file = try scratch.write(bytes, to: "bytes")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let hex = Array(String(decoding: output, as: UTF8.self).prefix(64).utf8)
        guard hex.count == 64 else { throw Failure(description: "sha256sum gave no digest") }
        return try stride(from: 0, to: 64, by: 2).map { i in
            guard let byte = UInt8(String(decoding: hex[i..<(i + 2)], as: UTF8.self), radix: 16) else {
                throw Failure(description: "sha256sum gave a bad digest")
            }
            return byte
        }
    }

    /// The paths of the packs under the cache `folder`, oldest first (their names begin with the time).
    static func packs(under folder: String) -> [String] {
        let packFolder = (folder as NSString).appendingPathComponent("article-graphs-v4")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packFolder)) ?? []
        return names.filter { $0.hasSuffix(".pack") }.sorted().map { (packFolder as NSString).appendingPathComponent($0) }
    }

    /// Every key's record under the cache `folder`, from the newest pack that holds it (as the tool
    /// reads them), by the key as hex.
    static func entries(under folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for path in packs(under: folder).reversed() {
            guard let bytes = FileManager.default.contents(atPath: path), let records = records([UInt8](bytes)) else { continue }
            for record in records {
                let key = record.key.map { String(format: "%02x", $0) }.joined()
                if out[key] == nil { out[key] = Data(record.entry) }
            }
        }
        return out
    }
}
