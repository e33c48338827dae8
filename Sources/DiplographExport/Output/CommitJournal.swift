/// The record of a set of renames in progress, kept in the output folder as `.diplograph-journal`
/// while a `FileSet` is committed, so that a run killed between two renames can be undone by the
/// next one (`rollBack`).
///
/// Format (UTF-8 text, one entry a line, names relative to the folder, TAB-separated):
///
///     diplograph commit journal 1 pid=PID
///     FINAL<TAB>STAGED<TAB>BACKUP
///
/// `FINAL` is the file being replaced, `STAGED` the finished temporary file renamed over it,
/// `BACKUP` a second link to (or copy of) the previous `FINAL`, or empty when there was none.
/// Every `BACKUP` exists before the journal is written; the journal is removed only after every
/// rename succeeded, and the backups after it.
struct CommitJournal: Equatable {
    struct Entry: Equatable {
        var final: String
        var staged: String
        /// Empty when `final` did not exist.
        var backup: String
    }

    static let fileName = ".diplograph-journal"
    static let header = "diplograph commit journal 1"

    var processID: Int32
    var entries: [Entry]

    /// The journal's text; throws when a name cannot be written in it (a TAB or a line break).
    func text() throws -> String {
        var out = Self.header + " pid=" + String(processID) + "\n"
        for entry in entries {
            for name in [entry.final, entry.staged, entry.backup] where name.contains(where: { $0 == "\t" || $0.isNewline }) {
                throw ExportError(call: "FileSet.commit", message: "the file name '\(name)' holds a tab or a line break")
            }
            out += entry.final + "\t" + entry.staged + "\t" + entry.backup + "\n"
        }
        return out
    }

    /// Reads a journal's text; nil when it is not one.
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, first.hasPrefix(Self.header + " pid="),
              let pid = Int32(first.dropFirst(Self.header.count + 5)) else { return nil }
        lines.removeFirst()
        var entries: [Entry] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty,
                  fields.allSatisfy({ !$0.contains("/") && $0 != "." && $0 != ".." }) else { return nil }
            entries.append(Entry(final: fields[0], staged: fields[1], backup: fields[2]))
        }
        processID = pid
        self.entries = entries
    }

    init(processID: Int32, entries: [Entry]) {
        self.processID = processID
        self.entries = entries
    }

    /// Writes the journal into `folder` (`folder/` prefix, or empty), flushed to disk and visible
    /// under its name in one step.
    func write(in folder: String) throws {
        let journal = try StagedFile(folder + Self.fileName)
        try journal.write(try text())
        try journal.finish()
        do {
            try journal.install()
        } catch {
            journal.discard()
            throw error
        }
        SystemFile.synchronizeFolder(journal.folderOrCurrent)
    }

    /// The journal in `folder`, nil when there is none; throws when one is there but unreadable.
    static func read(in folder: String) throws -> CommitJournal? {
        let path = folder + fileName
        guard SystemFile.kind(of: path) != nil else { return nil }
        let bytes = try SystemFile.readAll(path)
        guard let journal = CommitJournal(text: String(decoding: bytes, as: UTF8.self)) else {
            throw ExportError(call: "FileSet.recover", message: "'\(path)' is not a commit journal this version can read; "
                + "check the files beside it and remove it")
        }
        return journal
    }

    /// Puts back every file the journal's renames replaced, removes the files they created and
    /// the temporary files and backups left over, then the journal itself. Safe to run again
    /// after being interrupted. When a previous file cannot be put back, the journal stays (the
    /// next run tries again) and the result is false.
    @discardableResult
    func rollBack(in folder: String) -> Bool {
        var complete = true
        for entry in entries {
            let final = folder + entry.final, staged = folder + entry.staged, backup = folder + entry.backup
            if !entry.backup.isEmpty {
                // A backup is another name of the old file: renaming it back restores the old file
                // whether or not the new one was renamed over it yet.
                if SystemFile.kind(of: backup) != nil {
                    do {
                        try SystemFile.rename(backup, to: final)
                        // rename() does nothing when both names are the same file: drop the spare name.
                        SystemFile.remove(backup)
                    } catch {
                        complete = false
                        continue
                    }
                }
            } else if SystemFile.kind(of: staged) == nil, SystemFile.kind(of: final) == .regular {
                // There was no file before and the staged one is gone: it was renamed into place.
                SystemFile.remove(final)
            }
            SystemFile.remove(staged)
        }
        SystemFile.synchronizeFolder(folder.isEmpty ? "." : folder)
        guard complete else { return false }
        SystemFile.remove(folder + Self.fileName)
        SystemFile.synchronizeFolder(folder.isEmpty ? "." : folder)
        return true
    }
}
