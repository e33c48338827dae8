import Foundation

/// What a folder export read and wrote, kept in the cache folder so that the same command over the
/// same inputs can tell that the files it would write are already there, as written, and leave
/// them untouched (`export-records-v1/KEY.record`, KEY naming the output folder and base name).
///
/// The record holds the command (tool version and build, lexicon fingerprint, working folder,
/// inputs as given and every option that changes the output), every article file read with its
/// `FileState` and SHA-256, each folder's `manifest.json` with its SHA-256 (or none), and every
/// file written with its state and SHA-256. A file whose state was seen in a clock tick in which
/// it could still change (`racy`) is compared by its bytes, never by its state.
public struct ExportRecord: Equatable, Sendable {
    static let formatVersion = 1

    /// One file: its path's bytes, its state when it was read or written (nil: compare the bytes
    /// always), the SHA-256 of its bytes (empty: there was no such file), and whether its state
    /// is racy.
    public struct File: Equatable, Sendable {
        public var path: [UInt8]
        public var state: FileState?
        public var sha256: String
        public var racy: Bool

        public init(path: [UInt8], state: FileState?, sha256: String, racy: Bool) {
            self.path = path
            self.state = state
            self.sha256 = sha256
            self.racy = racy
        }
    }

    public var command: [String]
    public var inputs: [File]
    public var manifests: [File]
    public var outputs: [File]

    public init(command: [String], inputs: [File], manifests: [File], outputs: [File]) {
        self.command = command
        self.inputs = inputs
        self.manifests = manifests
        self.outputs = outputs
    }

    /// The record's name for the files `base` (with the view's suffix) in `folder`: the SHA-256 of
    /// the folder's real path (or the path as given when it has none) and the name.
    public static func key(folder: String, base: String) -> String {
        let real = folder.withCString { realpath($0, nil) }.map { pointer -> String in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? folder
        var w = EntryWriter(capacity: 256)
        w.string("diplograph-export-record")
        w.string(real)
        w.string(base)
        return sha256Hex(w.bytes)
    }

    public static func path(inCache directory: String, key: String) -> String {
        ((directory as NSString).appendingPathComponent("export-records-v\(formatVersion)") as NSString)
            .appendingPathComponent(key + ".record")
    }

    /// The record stored under `key` in the cache `directory`, or nil when there is none that can
    /// be read whole.
    public static func load(fromCache directory: String, key: String) -> ExportRecord? {
        guard let bytes = try? FileBytes.read(InputPath(path(inCache: directory, key: key)), limit: 1 << 30) else { return nil }
        return ExportRecord(entry: bytes, key: key)
    }

    /// Stores the record under `key` (best effort, like a cache entry: written beside and renamed).
    public func store(inCache directory: String, key: String) {
        guard let bytes = entry(key: key) else { return }
        let target = Self.path(inCache: directory, key: key)
        if FileBytes.replace(target, with: bytes) { return }
        guard (try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)) != nil else { return }
        _ = FileBytes.replace(target, with: bytes)
    }

    /// The record as a cache entry (`CacheEntry`, its own format version) under `key`.
    public func entry(key: String) -> [UInt8]? {
        var w = EntryWriter(capacity: 64 + inputs.count * 96)
        w.count(command.count)
        for field in command { w.string(field) }
        for list in [inputs, manifests, outputs] {
            w.count(list.count)
            for file in list { Self.write(file, into: &w) }
        }
        return CacheEntry.make(key: key, body: w.bytes, version: Self.formatVersion)
    }

    /// `body` behind a record's header under `key`, whatever it holds: for tests and fuzzing of
    /// the reader.
    public static func entry(body: [UInt8], key: String) -> [UInt8]? {
        CacheEntry.make(key: key, body: body, version: formatVersion)
    }

    /// Reads `entry` (as `entry(key:)` wrote it under `key`); nil when it is anything else.
    public init?(entry: [UInt8], key: String) {
        guard let start = CacheEntry.body(of: entry, key: key, version: Self.formatVersion) else { return nil }
        var r = EntryReader(entry, from: start)
        guard let command = r.list({ $0.string() }),
              let inputs = r.list(each: 4, { Self.file(&$0) }),
              let manifests = r.list(each: 4, { Self.file(&$0) }),
              let outputs = r.list(each: 4, { Self.file(&$0) }), r.isAtEnd else { return nil }
        self.init(command: command, inputs: inputs, manifests: manifests, outputs: outputs)
    }

    private static func write(_ file: File, into w: inout EntryWriter) {
        w.count(file.path.count)
        w.raw(file.path)
        w.string(file.sha256)
        w.bool(file.racy)
        guard let s = file.state else {
            w.byte(0)
            return
        }
        w.byte(1)
        w.unsigned(s.device)
        w.unsigned(s.inode)
        w.signed(Int(s.size))
        for t in [s.modified, s.changed] {
            w.signed(Int(t.seconds))
            w.signed(Int(t.nanoseconds))
        }
    }

    private static func file(_ r: inout EntryReader) -> File? {
        guard let n = r.count(), let path = r.raw(n), let sha = r.string(), let racy = r.bool(), let present = r.byte() else { return nil }
        var state: FileState?
        switch present {
        case 0: state = nil
        case 1:
            guard let device = r.unsigned(), let inode = r.unsigned(), let size = r.signed(),
                  let ms = r.signed(), let mn = r.signed(), let cs = r.signed(), let cn = r.signed() else { return nil }
            state = FileState(device: device, inode: inode, size: Int64(size),
                              modified: .init(seconds: Int64(ms), nanoseconds: Int64(mn)),
                              changed: .init(seconds: Int64(cs), nanoseconds: Int64(cn)))
        default: return nil
        }
        return File(path: Array(path), state: state, sha256: sha, racy: racy)
    }

    /// The SHA-256 of the regular file at `path`, read in pieces (an export's files can be large),
    /// or nil when it cannot be read.
    public static func sha256(ofFile path: InputPath) -> String? {
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard FileState.of(descriptor: fd) != nil else { return nil }
        var hash = SHA256()
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress, size)
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            hash.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
        return hash.hexDigest()
    }
}
