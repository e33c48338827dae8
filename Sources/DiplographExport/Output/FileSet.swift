/// Commits staged files that belong together (one export's files in one folder) all or none.
///
/// Under an exclusive lock on the folder (so two runs writing into it take turns), the commit
/// first undoes what a killed run left half done (`CommitJournal`), removes working files of runs
/// that are no longer alive (`WorkingFiles`), and leaves files whose bytes did not change alone.
/// For the others it keeps a backup of each previous file, writes the journal, renames every
/// temporary file into place, and only then removes the journal and the backups. If a rename fails
/// every file renamed so far is put back, so the folder holds the whole previous set or the whole
/// new one.
public enum FileSet {
    /// Commits `files`, which must all be in the same folder. `waiting` is called once when another
    /// process holds the folder's lock and this one waits for it.
    public static func commit(_ files: [StagedFile], waiting: () -> Void = {}) throws {
        guard let first = files.first else { return }
        let folder = first.folder
        guard files.allSatisfy({ $0.folder == folder }) else {
            files.forEach { $0.discard() }
            throw ExportError(call: "FileSet.commit", message: "the files of a set must share one folder")
        }
        do {
            for file in files { try file.finish() }
        } catch {
            files.forEach { $0.discard() }
            throw error
        }
        let lock: SystemFolder.Lock?
        do {
            lock = try SystemFolder.lock(first.folderOrCurrent, waiting: waiting)
        } catch {
            files.forEach { $0.discard() }
            throw error
        }
        defer { lock?.unlock() }
        do {
            try recover(in: folder)
        } catch {
            files.forEach { $0.discard() }
            throw error
        }
        WorkingFiles.removeStale(in: folder)
        var changed: [StagedFile] = []
        for file in files {
            if file.isUnchanged { file.discard() } else { changed.append(file) }
        }
        guard !changed.isEmpty else { return }
        try replace(changed, in: folder)
    }

    /// Undoes the renames of a run that was killed while committing into `folder` (`folder/` or
    /// empty), if its journal is there. Call with the folder locked.
    static func recover(in folder: String) throws {
        guard let journal = try CommitJournal.read(in: folder) else { return }
        if journal.processID != SystemFile.processID() && SystemFolder.isRunning(journal.processID) {
            // Only reachable where the folder cannot be locked: the run is still committing.
            throw ExportError(call: "FileSet.recover", message: "'\(folder + CommitJournal.fileName)': process "
                + "\(journal.processID) is committing files into this folder; try again when it has finished")
        }
        guard journal.rollBack(in: folder) else {
            throw ExportError(call: "FileSet.recover", message: "'\(folder + CommitJournal.fileName)': a run killed while "
                + "committing left files that cannot be put back (see the files the journal lists)")
        }
    }

    private static func replace(_ files: [StagedFile], in folder: String) throws {
        var entries: [CommitJournal.Entry] = []
        var journal = CommitJournal(processID: SystemFile.processID(), entries: [])
        do {
            for file in files {
                let backup: String
                switch SystemFile.kind(of: file.path) {
                case nil, .folder?:
                    // Nothing to keep (a folder in the way makes the rename fail, which undoes the set).
                    backup = ""
                case .regular?:
                    backup = WorkingName.make(for: file.name, tag: "old")
                    try keep(file.path, as: folder + backup)
                default:
                    backup = WorkingName.make(for: file.name, tag: "old")
                    try file.naming { try SystemFile.link(file.path, to: folder + backup) }
                }
                entries.append(.init(final: file.name, staged: AtomicFile.split(file.temporary).name, backup: backup))
            }
            journal.entries = entries
            try journal.write(in: folder)
        } catch {
            for entry in entries where !entry.backup.isEmpty { SystemFile.remove(folder + entry.backup) }
            files.forEach { $0.discard() }
            throw error
        }
        for file in files {
            do {
                try file.install()
            } catch {
                journal.rollBack(in: folder)
                files.forEach { $0.discard() }
                throw error
            }
        }
        SystemFile.synchronizeFolder(folder.isEmpty ? "." : folder)
        // The commit point: once the journal is gone the new set stays.
        SystemFile.remove(folder + CommitJournal.fileName)
        SystemFile.synchronizeFolder(folder.isEmpty ? "." : folder)
        for entry in entries where !entry.backup.isEmpty { SystemFile.remove(folder + entry.backup) }
    }

    /// A second name for the regular file `path` (a hard link), or a copy where the file system has
    /// no hard links.
    private static func keep(_ path: String, as backup: String) throws {
        do {
            try SystemFile.link(path, to: backup)
        } catch {
            try SystemFile.copy(path, to: backup, permissions: SystemFile.permissions(of: path) ?? 0o644)
        }
    }
}
