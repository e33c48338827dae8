import Foundation

/// Reads lexicon files and checks their entries, reporting the file and line of each fault.
struct LexiconLoader {
    let files: LexiconFiles

    /// Reads the file `name`, checks it against the record type `T` (keys, closed sets, forms) and
    /// decodes it.
    func decode<T: LexiconRecord>(_ type: T.Type, _ name: String) throws -> T {
        let path = files.path(name)
        guard let data = files.contents(name) else {
            throw LexiconError(file: path, line: nil, message: "missing or unreadable lexicon file")
        }
        let tree: LocatedJSON
        do {
            tree = try LocatedJSON.parse(data)
        } catch let fault as JSONSyntaxFault {
            throw LexiconError(file: path, line: fault.line, message: "not valid JSON: \(fault.message)")
        }
        try LexiconSchemaCheck(file: path).record(tree, T.schema, at: "")
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch DecodingError.dataCorrupted(let c) {
            throw LexiconError(file: path, line: tree.line(at: c.codingPath), message: "not valid JSON: \(c.debugDescription) \(c.underlyingError.map { "\($0)" } ?? "")")
        } catch DecodingError.keyNotFound(let key, let c) {
            throw LexiconError(file: path, line: tree.line(at: c.codingPath), message: "entry lacks the key '\(key.stringValue)'")
        } catch DecodingError.typeMismatch(_, let c) {
            throw LexiconError(file: path, line: tree.line(at: c.codingPath), message: "wrong type at \(Self.describe(c.codingPath))")
        } catch DecodingError.valueNotFound(_, let c) {
            throw LexiconError(file: path, line: tree.line(at: c.codingPath), message: "missing value at \(Self.describe(c.codingPath))")
        } catch {
            throw LexiconError(file: path, line: nil, message: "\(error)")
        }
    }

    /// A coding path as the schema check writes it (`eventTriggers[2].mode`).
    private static func describe(_ codingPath: [CodingKey]) -> String {
        codingPath.reduce("") { path, key in
            if let i = key.intValue { return path + "[\(i)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }

    func check(states: [StateEntry], organizations: [OrganizationEntry], institutions: [InstitutionEntry],
               media: [MediaEntry], people: [PersonEntry]) throws {
        let stateIDs = Set(states.map(\.id))
        try unique(states.map(\.id), "states.json")
        try unique(organizations.map(\.id), "organizations.json")
        try unique(institutions.map(\.id), "institutions.json")
        try unique(media.map(\.id), "media.json")
        try unique(people.map(\.id), "people.json")
        for s in states {
            try require(s.id.count == 2 && s.id.allSatisfy { $0.isASCII && $0.isUppercase }, "states.json", s.id, "state id must be an ISO 3166-1 alpha-2 code")
            try require(!s.names.isEmpty, "states.json", s.id, "state has no names")
            try wikidata(s.wikidata, "states.json", s.id)
        }
        for e in institutions {
            try require(stateIDs.contains(e.state), "institutions.json", e.id, "unknown state '\(e.state)'")
            try wikidata(e.wikidata, "institutions.json", e.id)
        }
        for o in organizations { try wikidata(o.wikidata, "organizations.json", o.id) }
        // One Wikidata item is one person: an id given to two people is a copying slip.
        var holder: [String: String] = [:]
        for p in people {
            guard let q = p.wikidata, !q.isEmpty else { continue }
            if let other = holder[q] { throw fault("people.json", p.id, "wikidata '\(q)' is already the id of '\(other)'") }
            holder[q] = p.id
        }
        for p in people {
            try require(!p.names.isEmpty, "people.json", p.id, "person has no names")
            if let st = p.state, !st.isEmpty { try require(stateIDs.contains(st), "people.json", p.id, "unknown state '\(st)'") }
            try wikidata(p.wikidata, "people.json", p.id)
            for r in p.roles ?? [] {
                for d in [r.from, r.to].compactMap({ $0 }) where !d.isEmpty {
                    try require(DiplographModelDate.valid(d), "people.json", p.id, "role date '\(d)' is not a real date")
                }
            }
        }
    }

    private func unique(_ ids: [String], _ file: String) throws {
        var seen = Set<String>()
        for id in ids {
            if !seen.insert(id).inserted { throw fault(file, id, "duplicate id '\(id)'") }
        }
    }

    private func wikidata(_ q: String?, _ file: String, _ id: String) throws {
        guard let q, !q.isEmpty else { return }
        try require(q.hasPrefix("Q") && q.dropFirst().allSatisfy(\.isNumber) && q.count > 1, file, id, "wikidata '\(q)' is not a Q-id")
    }

    private func require(_ ok: Bool, _ file: String, _ id: String, _ message: String) throws {
        if !ok { throw fault(file, id, message) }
    }

    private func fault(_ file: String, _ id: String, _ message: String) -> LexiconError {
        return LexiconError(file: files.path(file), line: line(in: file, containing: "\"\(id)\""), message: message)
    }

    /// The line of the first occurrence of `needle` in the file.
    private func line(in file: String, containing needle: String) -> Int? {
        guard let data = files.contents(file) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        for (i, l) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where l.contains(needle) {
            return i + 1
        }
        return nil
    }
}

enum DiplographModelDate {
    static func valid(_ s: String) -> Bool {
        let parts = plainParts(s) ?? s.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 1 && parts.count <= 3 else { return false }
        if parts.count >= 2 && !(1...12).contains(parts[1]) { return false }
        if parts.count == 3 && !(1...31).contains(parts[2]) { return false }
        return true
    }

    /// The numbers of a date written as digit runs joined by single hyphens (`2021-03-07`), read
    /// from its bytes; nil for any other spelling, which `valid` reads with `split` and `Int`.
    private static func plainParts(_ s: String) -> [Int]? {
        var parts: [Int] = [], value = 0, digits = 0
        for b in s.utf8 {
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                guard digits < 18 else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
            } else if b == UInt8(ascii: "-") && digits > 0 {
                parts.append(value)
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        parts.append(value)
        return parts
    }
}

/// Where the lexicon's JSON files are read from: a folder (`--lexicon DIR`), or the copy built into
/// the tool (`EmbeddedLexicon`, written from `Sources/DiplographExtraction/Lexicon` at build time by
/// the EmbedResourcesPlugin).
public struct LexiconFiles: Sendable {
    /// The folder, or `(built-in lexicon)`: what errors name before the file name.
    public let location: String
    private let builtIn: Bool

    /// The files of the folder `directory`.
    public static func directory(_ directory: String) -> LexiconFiles { LexiconFiles(location: directory, builtIn: false) }

    /// The lexicon built into the tool: found wherever the executable is, with no file beside it.
    public static let builtIn = LexiconFiles(location: "(built-in lexicon)", builtIn: true)

    /// The file `name` as errors name it.
    public func path(_ name: String) -> String { location + "/" + name }

    /// The bytes of the file `name`, or nil when there is no such file or it cannot be read.
    public func contents(_ name: String) -> Data? {
        if builtIn { return EmbeddedLexicon.files.first { $0.name == name }.map { Data($0.text.utf8) } }
        return FileManager.default.contents(atPath: path(name))
    }

    /// The names of the JSON files, sorted.
    public func jsonNames() throws -> [String] {
        if builtIn { return EmbeddedLexicon.files.map(\.name).sorted() }
        return try FileManager.default.contentsOfDirectory(atPath: location).filter { $0.lowercased().hasSuffix(".json") }.sorted()
    }
}
