/// Clean-up of the working files (`.NAME.tmp-PID-RANDOM`, `.NAME.old-PID-RANDOM`, see
/// `WorkingName`) that runs killed before they could remove them leave in a folder.
public enum WorkingFiles {
    /// Files older than this are stale even when a process with their id runs (ids are reused).
    public static let maximumAge = 7 * 24 * 3600

    /// Removes from `folder` (`folder/`, or empty for the current folder) the working files of
    /// processes that no longer run, or older than `maximumAge`. `hidden: false` also takes names
    /// without a leading dot (the article cache's `KEY.json.tmp-PID-RANDOM`). `only` limits the
    /// clean-up to working files of that file name. Returns the names removed.
    @discardableResult
    public static func removeStale(in folder: String, hidden: Bool = true, only name: String? = nil) -> [String] {
        let own = SystemFile.processID()
        var removed: [String] = []
        for entry in SystemFolder.names(in: folder.isEmpty ? "." : folder).sorted() {
            guard let pid = WorkingName.processID(in: entry, hidden: hidden), pid != own else { continue }
            if let name, !entry.hasPrefix("." + name + ".") && !isShortened(entry, of: name) { continue }
            let path = folder + entry
            guard SystemFile.kind(of: path) == .regular else { continue }
            let old = (SystemFile.age(of: path) ?? 0) > maximumAge
            guard old || !SystemFolder.isRunning(pid) else { continue }
            SystemFile.remove(path)
            removed.append(entry)
        }
        return removed
    }

    /// True when `entry` is a working name whose shortened name part is a prefix of `name`.
    private static func isShortened(_ entry: String, of name: String) -> Bool {
        guard entry.utf8.count >= WorkingName.maximumBytes - 4 else { return false }
        // `.PART.tmp-PID-RANDOM`: drop the last two `-` fields, the tag and the leading dot.
        let tagged = entry.split(separator: "-", omittingEmptySubsequences: false).dropLast(2).joined(separator: "-")
        guard tagged.count > 5 else { return false }
        return name.hasPrefix(String(tagged.dropFirst().dropLast(4)))
    }
}
