extension String {
    /// This text with every occurrence of `target` replaced by `replacement` (used to name the file
    /// the user asked for instead of its temporary file in error messages).
    func replacing(every target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        let source = Array(utf8), pattern = Array(target.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            if i + pattern.count <= source.count && source[i..<(i + pattern.count)].elementsEqual(pattern) {
                out += replacement.utf8
                i += pattern.count
            } else {
                out.append(source[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Names of the hidden files an export keeps beside its outputs while it works:
/// `.NAME.tmp-PID-RANDOM` (a file being written) and `.NAME.old-PID-RANDOM` (the previous file,
/// kept until a set of files is committed). `NAME` is shortened when the whole name would pass the
/// 255 bytes a file name may have, so a long output name still gets a temporary file.
enum WorkingName {
    static let maximumBytes = 255

    /// `.name.tag-PID-RANDOM`, at most 255 bytes of UTF-8.
    static func make(for name: String, tag: String) -> String {
        let suffix = "." + tag + "-" + String(SystemFile.processID()) + "-"
            + String(UInt32.random(in: .min ... .max), radix: 16)
        let room = maximumBytes - 1 - suffix.utf8.count
        var kept = String.UnicodeScalarView()
        var used = 0
        for scalar in name.unicodeScalars {
            let size = String(scalar).utf8.count
            if used + size > room { break }
            kept.append(scalar)
            used += size
        }
        return "." + String(kept) + suffix
    }

    /// The process id in a working name made by `make` (`.…​.tmp-PID-HEX` or `.…​.old-PID-HEX`), or
    /// nil when `name` is not one.
    /// `hidden: false` also accepts names without the leading dot (the article cache's `KEY.json.tmp-PID-HEX`).
    static func processID(in name: String, hidden: Bool = true) -> Int32? {
        guard !hidden || name.hasPrefix(".") else { return nil }
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let random = parts.last, let pid = parts.dropLast().last,
              !random.isEmpty, random.allSatisfy(\.isHexDigit),
              !pid.isEmpty, pid.allSatisfy(\.isASCII), let id = Int32(pid),
              let tagged = parts.dropLast(2).last, tagged.hasSuffix(".tmp") || tagged.hasSuffix(".old") else { return nil }
        return id
    }
}
