@testable import DiplographInput
import Foundation
import Testing

/// The record of a folder export (`ExportRecord`): read back whole or not at all.
@Suite("export records")
struct ExportRecordTests {
    static let key = String(repeating: "c", count: 64)

    static func sample() -> ExportRecord {
        let state = FileState(device: 2049, inode: 1 << 40, size: 1_234, modified: .init(seconds: 1_765_000_000, nanoseconds: 999_999_999),
                              changed: .init(seconds: -5, nanoseconds: 0))
        return ExportRecord(command: ["tool 1", "", "inputs 1", "/tmp/ä"],
                            inputs: [.init(path: Array("in/a.txt".utf8) + [0xFF], state: state, sha256: String(repeating: "a", count: 64), racy: false),
                                     .init(path: Array("in/b.txt".utf8), state: state, sha256: "", racy: true)],
                            manifests: [.init(path: Array("in/manifest.json".utf8), state: nil, sha256: "", racy: true)],
                            outputs: [.init(path: Array("out/s.graphml".utf8), state: state, sha256: String(repeating: "b", count: 64), racy: false)])
    }

    @Test("a record comes back field for field, under its own key only")
    func roundTrip() throws {
        let record = Self.sample()
        let entry = try #require(record.entry(key: Self.key))
        #expect(ExportRecord(entry: entry, key: Self.key) == record)
        #expect(ExportRecord(entry: entry, key: String(repeating: "d", count: 64)) == nil)
        // An article-graph entry of the same bytes is another format.
        let graphEntry = try #require(CacheEntry.make(key: Self.key, body: Array(entry[CacheEntry.headerSize...])))
        #expect(ExportRecord(entry: graphEntry, key: Self.key) == nil)
    }

    @Test("every cut and every flipped byte of a record is refused")
    func damaged() throws {
        let entry = try #require(Self.sample().entry(key: Self.key))
        for n in 0..<entry.count where ExportRecord(entry: Array(entry.prefix(n)), key: Self.key) != nil {
            Issue.record("a record cut to \(n) bytes was read")
        }
        for i in 0..<entry.count {
            var flipped = entry
            flipped[i] ^= 0x10
            if ExportRecord(entry: flipped, key: Self.key) != nil { Issue.record("a record with byte \(i) flipped was read") }
        }
    }

    @Test("a racy state is one written at or after the instant; the key names folder and name")
    func racyAndKeys() {
        let t = FileState.Timestamp(seconds: 100, nanoseconds: 5)
        func state(_ m: FileState.Timestamp, _ c: FileState.Timestamp) -> FileState {
            FileState(device: 1, inode: 1, size: 1, modified: m, changed: c)
        }
        #expect(!state(.init(seconds: 100, nanoseconds: 4), .init(seconds: 99, nanoseconds: 9)).isRacy(since: t))
        #expect(state(t, .init(seconds: 99, nanoseconds: 0)).isRacy(since: t))
        #expect(state(.init(seconds: 1, nanoseconds: 0), .init(seconds: 100, nanoseconds: 6)).isRacy(since: t))
        #expect(t.minus(seconds: 3) == .init(seconds: 97, nanoseconds: 5))
        let keys = [ExportRecord.key(folder: "/nonexistent/a", base: "s"), ExportRecord.key(folder: "/nonexistent/a", base: "t"),
                    ExportRecord.key(folder: "/nonexistent/as", base: ""), ExportRecord.key(folder: "/nonexistent/b", base: "s")]
        #expect(Set(keys).count == keys.count)
    }
}
