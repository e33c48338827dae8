/// Checks a parsed lexicon file against the record type that will decode it: unknown or repeated
/// keys, values outside a closed set, and surface forms that are blank or listed twice. The first
/// fault found (in file order) is thrown as a `LexiconError` naming the file and the line.
struct LexiconSchemaCheck {
    /// Path of the file, for errors.
    let file: String

    /// Checks `node` as one record of `schema`; `path` names it in messages (empty at the top level).
    func record(_ node: LocatedJSON, _ schema: RecordSchema, at path: String) throws {
        // Any other shape is a type mismatch, which the decoder reports with its line.
        guard case .object(let members) = node.value else { return }
        var seen: [String: Int] = [:]
        for m in members {
            if let first = seen[m.key] {
                throw fault(m.line, "key '\(m.key)' appears twice in \(place(path)) (first on line \(first))")
            }
            seen[m.key] = m.line
            guard schema.keys.contains(m.key) else { throw fault(m.line, unknownKey(m.key, in: path, known: schema.keys)) }
            let memberPath = path.isEmpty ? m.key : path + "." + m.key
            if let allowed = schema.closedSets[m.key], case .string(let s) = m.value.value, !allowed.contains(s) {
                throw fault(m.value.line, "\(memberPath) is '\(s)'; allowed values: \(allowed.joined(separator: ", "))")
            }
            if let nested = schema.records[m.key] {
                try records(m.value, nested, at: memberPath)
            } else {
                try data(m.value, at: memberPath)
            }
        }
    }

    /// One record or a list of them.
    private func records(_ node: LocatedJSON, _ schema: RecordSchema, at path: String) throws {
        switch node.value {
        case .object:
            try record(node, schema, at: path)
        case .array(let items):
            for (i, item) in items.enumerated() { try record(item, schema, at: "\(path)[\(i)]") }
            for key in schema.classWideForms.sorted() { try formsUnique(across: items, key: key, at: path) }
        default:
            return
        }
    }

    /// A value no record type describes: every list of strings in it is a list of forms.
    private func data(_ node: LocatedJSON, at path: String) throws {
        switch node.value {
        case .array(let items):
            try forms(items, at: path)
            for (i, item) in items.enumerated() { try data(item, at: "\(path)[\(i)]") }
        case .object(let members):
            for m in members { try data(m.value, at: path + "." + m.key) }
        default:
            return
        }
    }

    /// The strings of one list: none blank, none twice (as the matcher sees them).
    private func forms(_ items: [LocatedJSON], at path: String) throws {
        var seen: [String: (form: String, line: Int)] = [:]
        for (i, item) in items.enumerated() {
            guard case .string(let form) = item.value else { continue }
            if let blank = SurfaceForm.blankness(form) {
                throw fault(item.line, "\(path)[\(i)] is \(blank); a form with nothing visible would match everywhere")
            }
            let folded = Lexicon.fold(form)
            if let first = seen[folded] {
                throw fault(item.line, "duplicate form '\(form)' in \(path) (\(SurfaceForm.sameAs(first.form, form)) on line \(first.line))")
            }
            seen[folded] = (form, item.line)
        }
    }

    /// The forms under `key` across the entries of a list: each in one entry only.
    private func formsUnique(across entries: [LocatedJSON], key: String, at path: String) throws {
        var owner: [String: (entry: Int, form: String, line: Int)] = [:]
        for (i, entry) in entries.enumerated() {
            guard case .object(let members) = entry.value, let list = members.first(where: { $0.key == key }),
                  case .array(let forms) = list.value.value else { continue }
            for f in forms {
                guard case .string(let form) = f.value else { continue }
                let folded = Lexicon.fold(form)
                if let o = owner[folded], o.entry != i {
                    throw fault(f.line, "duplicate form '\(form)': \(path)[\(i)].\(key) repeats a form of \(path)[\(o.entry)] (\(SurfaceForm.sameAs(o.form, form)) on line \(o.line)); the first entry keeps it")
                }
                if owner[folded] == nil { owner[folded] = (i, form, f.line) }
            }
        }
    }

    private func unknownKey(_ key: String, in path: String, known: [String]) -> String {
        let head = "unknown key '\(key)' in \(place(path))"
        if let near = nearest(key, among: known) { return head + "; did you mean '\(near)'?" }
        return head + "; known keys: " + known.joined(separator: ", ")
    }

    private func place(_ path: String) -> String { path.isEmpty ? "the top level" : path }

    private func fault(_ line: Int, _ message: String) -> LexiconError {
        LexiconError(file: file, line: line, message: message)
    }
}

/// The known key closest to a misspelt one, when it is close enough to be the one meant.
func nearest(_ key: String, among known: [String]) -> String? {
    let scored = known.map { (name: $0, distance: editDistance(key.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
    return best.distance <= max(2, key.count / 3) ? best.name : nil
}

/// Levenshtein distance between two strings, by characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var previous = row[0]
        row[0] = i + 1
        for (j, y) in b.enumerated() {
            let current = row[j + 1]
            row[j + 1] = min(current + 1, row[j] + 1, previous + (x == y ? 0 : 1))
            previous = current
        }
    }
    return row[b.count]
}

/// Checks on the surface forms of the lexicon.
enum SurfaceForm {
    /// How a form has nothing visible (`"empty"`, `"only invisible characters (U+200B)"`), or nil
    /// when it has a visible character. Invisible: white space (NBSP too), format characters
    /// (zero-width spaces and joiners, soft hyphens, BOM), other default-ignorable code points, controls.
    static func blankness(_ form: String) -> String? {
        if form.isEmpty { return "empty" }
        guard form.unicodeScalars.allSatisfy(isInvisible) else { return nil }
        let codes = form.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        return "only invisible characters (\(codes.joined(separator: " ")))"
    }

    /// Where a duplicate was first seen: "first", or the first spelling when it differs only in
    /// what the matcher folds (tone-mark placement, quotes, no-break spaces).
    static func sameAs(_ first: String, _ form: String) -> String {
        first == form ? "first" : "read by the matcher as '\(first)'"
    }

    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isWhitespace || p.isDefaultIgnorableCodePoint || p.generalCategory == .format || p.generalCategory == .control
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
