import DiplographExport
import DiplographExtraction
import DiplographModel
import Foundation

/// `NAME.ids.json` beside a folder export: the folder's `IdLedger`, read before the graph is
/// written and written with the export's other files (staged, then committed with them).
enum IdLedgerFile {
    /// The ledger's file name for exports named `name` (both views share it).
    static func fileName(_ name: String) -> String { name + ".ids.json" }

    /// The ledger at `path`: empty when there is no file yet. Throws an `OutputFailure` naming the
    /// file when it cannot be read or is not a ledger this tool reads: new ids are never given out
    /// in place of ones a damaged ledger should have kept.
    static func read(_ path: String) throws -> IdLedger {
        guard FileManager.default.fileExists(atPath: path) else { return IdLedger() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutputFailure(path: path, reason: "cannot read the id ledger")
        }
        let ledger: IdLedger
        do { ledger = try JSONDecoder().decode(IdLedger.self, from: data) } catch {
            throw OutputFailure(path: path, reason: "not an id ledger (\(describe(error))); move it away to start new ids")
        }
        guard ledger.format == IdLedger.currentFormat else {
            throw OutputFailure(path: path, reason: "id ledger format \(ledger.format) is not one this diplograph reads (\(IdLedger.currentFormat))")
        }
        var seen = Set<String>()
        let kinds: Set<String> = [NodeKind.actor, .event, .demand, .threat].map(\.rawValue).reduce(into: []) { $0.insert($1) }
        for entry in ledger.entries {
            guard !entry.id.isEmpty, NodeID(raw: entry.id).rawValue == entry.id, kinds.contains(entry.kind) else {
                throw OutputFailure(path: path, reason: "id ledger entry '\(entry.id)' (kind '\(entry.kind)') is not a node id of an actor, event, demand or threat")
            }
            guard seen.insert(entry.id).inserted else {
                throw OutputFailure(path: path, reason: "id ledger lists '\(entry.id)' twice")
            }
        }
        return IdLedger(entries: ledger.entries)
    }

    /// The ledger as pretty-printed JSON with sorted keys and a final newline (`IdLedger.jsonBytes`,
    /// the same bytes as Foundation's `JSONEncoder` would write).
    static func bytes(_ ledger: IdLedger) -> [UInt8] {
        var bytes = ledger.jsonBytes()
        bytes.append(0x0A)
        return bytes
    }

    /// The bytes of `bytes(_:)` streamed into `sink` a piece at a time (`IdLedger.writeJSON`).
    static func write(_ ledger: IdLedger, to sink: ByteSink) throws {
        try ledger.writeJSON { piece in try piece.withUnsafeBytes { try sink.write($0) } }
        try sink.write("\n")
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): return c.debugDescription
        case DecodingError.keyNotFound(let key, _): return "no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "wrong value at " + c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        default: return "\(error)"
        }
    }
}
