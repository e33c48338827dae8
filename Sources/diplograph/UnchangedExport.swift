import DiplographExtraction
import DiplographInput
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder export that can tell, from the record of the run that wrote its files
/// (`ExportRecord`), that running again would write the same bytes: same command, same article
/// files and manifests, and every file it wrote still as written. Such a run reports `unchanged`
/// (with `--timings`) and leaves everything as it is; any difference makes it a full export, which
/// then records itself.
///
/// Only folder exports with the cache on are recorded (the record lives in the cache folder, and
/// `--no-cache` asks for every article to be read), and only runs that reported nothing about
/// their inputs (a skipped file, a subfolder left out, an article without a date), so that a run
/// with something to say always says it.
struct UnchangedExport {
    let cacheDirectory: String
    let key: String
    /// Everything besides the files that decides the output (`command(of:lexicon:)`).
    let command: [String]
    let outputFolder: String

    /// Margin before the start of reading inside which a file's times do not show that it is the
    /// same (`FileState.isRacy`): more than a clock tick, the 2 s of FAT time stamps, and a file
    /// system clock a little behind this one.
    static let racyMargin: Int64 = 3

    /// The record this run checks and writes, or nil when it can have none.
    static func prepare(_ export: Export, lexicon files: LexiconFiles) -> UnchangedExport? {
        guard !export.noCache, export.output == nil, !ArticleCacheSetup.buildIdentity.isEmpty,
              let cache = ArticleGraphCache.defaultDirectory(),
              let fingerprint = try? ArticleCacheSetup.lexiconFingerprint(files),
              let formats = try? export.parsedFormats() else { return nil }
        let folder = export.outputFolder
        let base = export.baseName + export.view.nameSuffix
        // The working folder only matters through relative paths (the files they reach are
        // checked anyway; this keeps the record to what the command said).
        let relative = (export.inputs + [folder]).contains { !$0.hasPrefix("/") }
        let command = ["tool " + Diplograph.version, "build " + ArticleCacheSetup.buildIdentity, "lexicon " + fingerprint,
                       "folder " + (relative ? FileManager.default.currentDirectoryPath : "/"), "inputs \(export.inputs.count)"]
            + export.inputs
            + ["formats " + formats.map(\.rawValue).joined(separator: ","), "view " + export.view.rawValue,
               "dot-articles " + export.dotArticles.rawValue, "all-directed \(export.allDirected)",
               "base-iri " + export.baseIRI, "recursive \(export.recursive)", "output-dir " + folder, "name " + base]
        return UnchangedExport(cacheDirectory: cache, key: ExportRecord.key(folder: folder, base: base),
                               command: command, outputFolder: folder)
    }

    // MARK: Checking

    /// True when the recorded run's command, inputs and outputs are all as they were.
    func holds(inputs: [String], recursive: Bool) -> Bool {
        guard let record = ExportRecord.load(fromCache: cacheDirectory, key: key), record.command == command,
              !record.outputs.isEmpty else { return false }
        // A run killed while committing: the next full export puts the previous set back first.
        if FileManager.default.fileExists(atPath: (outputFolder as NSString).appendingPathComponent(".diplograph-journal")) { return false }
        for file in record.outputs where !Self.isSame(file) { return false }
        let listing = ArticleFiles(inputs.map(InputPath.commandLine), recursive: recursive)
        guard listing.problems.isEmpty, listing.unreadSubfolders.isEmpty else { return false }
        var recorded: [[UInt8]: ExportRecord.File] = [:]
        for file in record.inputs { recorded[file.path] = file }
        // A file reached twice counts once (`Inputs.identity`): its device and inode, from the
        // same `stat` that gives its state.
        var seen = Set<[UInt64]>()
        var count = 0
        for entry in listing.entries {
            guard let state = FileState.of(entry.path) else { return false }
            guard seen.insert([state.device, state.inode]).inserted else { continue }
            count += 1
            guard let file = recorded[entry.path.bytes], Self.isSame(file, now: state) else { return false }
        }
        guard count == record.inputs.count else { return false }
        let manifests = Inputs.manifests(of: listing.entries.map(\.path))
        return manifests.map(\.path.bytes) == record.manifests.map(\.path) && manifests.map(\.sha256) == record.manifests.map(\.sha256)
    }

    /// True when `file` is as recorded: the same state (not racy), else the same bytes. `now` is
    /// its state when already taken.
    static func isSame(_ file: ExportRecord.File, now: FileState? = nil) -> Bool {
        let path = InputPath(bytes: file.path)
        guard let state = now ?? FileState.of(path) else { return false }
        if !file.racy, let recorded = file.state, recorded == state { return true }
        return ExportRecord.sha256(ofFile: path) == file.sha256
    }

    // MARK: Recording

    /// Records the run that read `read` (with `states: true`), starting at `startedReading`, and
    /// committed `outputs` (paths, as staged), when it can be trusted: nothing reported about the
    /// inputs, every article's file unchanged while it was read, every manifest the same before
    /// and after, and every output file holding the bytes this run wrote. Best effort.
    func record(_ read: Inputs, startedReading: FileState.Timestamp, outputs: [String]) {
        guard !read.warned, read.skippedInputs.isEmpty, read.files.count == read.digests.count else { return }
        let racyFrom = startedReading.minus(seconds: Self.racyMargin)
        var inputs: [ExportRecord.File] = []
        inputs.reserveCapacity(read.files.count)
        for (file, digest) in zip(read.files, read.digests) {
            guard let state = file.state, let digest else { return }
            inputs.append(.init(path: file.path.bytes, state: state, sha256: digest, racy: state.isRacy(since: racyFrom)))
        }
        // The manifests as the articles were read: hashed before, and the same now.
        let now = Inputs.manifests(of: read.files.map(\.path))
        guard now.map(\.path) == read.manifests.map(\.path), now.map(\.sha256) == read.manifests.map(\.sha256) else { return }
        let manifests = now.map { ExportRecord.File(path: $0.path.bytes, state: nil, sha256: $0.sha256, racy: true) }
        guard let written = Self.committed(outputs, in: outputFolder) else { return }
        ExportRecord(command: command, inputs: inputs, manifests: manifests, outputs: written)
            .store(inCache: cacheDirectory, key: key)
    }

    /// Each of `outputs` with its state and SHA-256, when its bytes are the ones this run wrote
    /// (another run may have committed into the folder since), else nil. A file whose times fall
    /// in the same clock tick as a probe file made just before is racy: the file system's own
    /// clock says whether a later write could leave them as they are.
    static func committed(_ outputs: [String], in folder: String) -> [ExportRecord.File]? {
        let tick = probeTime(in: folder)
        let files: [ExportRecord.File?] = Parallel.map(outputs.count) { i in
            let path = InputPath(outputs[i])
            guard let ours = OutputDigests.shared.digest(for: outputs[i]), let before = FileState.of(path),
                  let digest = ExportRecord.sha256(ofFile: path), digest == ours,
                  FileState.of(path) == before else { return nil }
            let racy = tick.map { before.isRacy(since: $0) } ?? true
            return ExportRecord.File(path: path.bytes, state: before, sha256: digest, racy: racy)
        }
        let whole = files.compactMap { $0 }
        return whole.count == outputs.count ? whole : nil
    }

    /// The file system's time now, in `folder`: the change time of a file made and removed there
    /// (a working name, `.diplograph.probe.tmp-PID-HEX`, which the folder's clean-up of dead
    /// runs' files also takes), or nil when none can be made.
    static func probeTime(in folder: String) -> FileState.Timestamp? {
        let name = ".diplograph.probe.tmp-\(getpid())-" + String(UInt64.random(in: .min ... .max), radix: 16)
        let path = (folder as NSString).appendingPathComponent(name)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        let state = FileState.of(descriptor: fd)
        close(fd)
        unlink(path)
        return state.map { min($0.changed, $0.modified) }
    }
}
