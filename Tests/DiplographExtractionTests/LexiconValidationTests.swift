import Foundation
import Testing
@testable import DiplographExtraction

/// A copy of the built-in lexicon in a fresh temporary folder, removed when released, for breaking
/// one file at a time.
final class LexiconCopy {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-lexicon-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in try LexiconFiles.builtIn.jsonNames() {
            let data = try #require(LexiconFiles.builtIn.contents(name))
            try data.write(to: URL(fileURLWithPath: directory + "/" + name))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func path(_ file: String) -> String { directory + "/" + file }

    /// Replaces the first `old` in `file` with `new`; returns the 1-based line `old` started on.
    @discardableResult
    func edit(_ file: String, replacing old: String, with new: String) throws -> Int {
        let text = try String(contentsOfFile: path(file), encoding: .utf8)
        let range = try #require(text.range(of: old), "'\(old)' is not in \(file)")
        try text.replacingCharacters(in: range, with: new).write(toFile: path(file), atomically: true, encoding: .utf8)
        return text[..<range.lowerBound].count(where: { $0 == "\n" }) + 1
    }

    /// The 1-based line of the first line of `file` that contains `needle`.
    func line(containing needle: String, in file: String) throws -> Int {
        let lines = try String(contentsOfFile: path(file), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(needle) }) + 1
    }

    /// The 1-based line of the first line of `file` that is exactly `line` once trimmed.
    func line(of line: String, in file: String) throws -> Int {
        let lines = try String(contentsOfFile: path(file), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == line }) + 1
    }

    /// The error loading the copy gives, or nil when it loads.
    func loadError() -> LexiconError? {
        do {
            _ = try Lexicon(directory: directory)
            return nil
        } catch let e as LexiconError {
            return e
        } catch {
            Issue.record("not a LexiconError: \(error)")
            return nil
        }
    }

    /// Checks that loading fails in `file` on `line` with a message holding each fragment.
    func expectError(in file: String, line: Int, _ fragments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let e = try #require(loadError(), "the broken lexicon loaded", sourceLocation: sourceLocation)
        #expect(e.file == path(file), sourceLocation: sourceLocation)
        #expect(e.line == line, "\(e)", sourceLocation: sourceLocation)
        for f in fragments { #expect(e.message.contains(f), "\(e)", sourceLocation: sourceLocation) }
    }
}

@Suite("Lexicon validation")
struct LexiconValidationTests {
    @Test("The bundled lexicon, and an unedited copy of it, load")
    func bundledLoads() throws {
        _ = try Lexicon.bundled()
        #expect(try LexiconCopy().loadError() == nil)
    }

    @Test("A Wikidata id given to two people is named with the second person's line")
    func duplicateWikidataID() throws {
        let lex = try LexiconCopy()
        try lex.edit("people.json", replacing: "\"id\": \"lavrov\", \"name\": \"Sergey Lavrov\", \"wikidata\": \"Q58217\"",
                     with: "\"id\": \"lavrov\", \"name\": \"Sergey Lavrov\", \"wikidata\": \"Q7747\"")
        let line = try lex.line(containing: "\"id\": \"lavrov\"", in: "people.json")
        try lex.expectError(in: "people.json", line: line, ["wikidata 'Q7747' is already the id of 'putin'"])
    }

    @Test("Institutions and organisations carry well-formed Wikidata ids")
    func institutionWikidataFormat() throws {
        let lex = try LexiconCopy()
        try lex.edit("institutions.json", replacing: "\"wikidata\": \"Q1355327\"", with: "\"wikidata\": \"White House\"")
        let line = try lex.line(containing: "\"id\": \"us-white-house\"", in: "institutions.json")
        try lex.expectError(in: "institutions.json", line: line, ["wikidata 'White House' is not a Q-id"])
    }

    /// The White House and the Pentagon stand for their institutions, not the buildings (Wikidata
    /// Q35525 is the White House building, Q11208 the Pentagon building).
    @Test("Institutions link to the institution's Wikidata item, not its building")
    func institutionsAreNotBuildings() throws {
        let lexicon = try Lexicon.bundled()
        let ids = Dictionary(uniqueKeysWithValues: lexicon.institutions.map { ($0.id, $0.wikidata ?? "") })
        #expect(ids["us-white-house"] == "Q1355327", "Executive Office of the President")
        #expect(ids["us-mod"] == "Q11209", "United States Department of Defense")
        #expect(!lexicon.institutions.contains { ["Q35525", "Q11208"].contains($0.wikidata ?? "") })
    }

    @Test("An unknown top-level key of rules.json is named, with the key it resembles")
    func unknownTopLevelKey() throws {
        let lex = try LexiconCopy()
        let line = try lex.edit("rules.json", replacing: "\"eventTriggers\": [", with: "\"negationz\": [\"không\"],\n  \"eventTriggers\": [")
        try lex.expectError(in: "rules.json", line: line, ["unknown key 'negationz' in the top level", "did you mean 'negations'?"])
    }

    @Test("Unknown keys inside entries are named with their entry, in rules.json and the other files")
    func unknownNestedKey() throws {
        let rules = try LexiconCopy()
        let line = try rules.edit("rules.json", replacing: "\"mode\": \"video\"", with: "\"mode\": \"video\",\n      \"channel\": \"zoom\"")
        try rules.expectError(in: "rules.json", line: line + 1, ["unknown key 'channel' in eventTriggers[1]", "known keys: forms, type, mode"])

        let people = try LexiconCopy()
        let roleLine = try people.edit("people.json", replacing: "{\"role\": \"head-of-state\", \"from\": \"2009-01-20\"",
                                       with: "{\"role\": \"head-of-state\", \"rank\": 1, \"from\": \"2009-01-20\"")
        try people.expectError(in: "people.json", line: roleLine, ["unknown key 'rank' in people[0].roles[0]"])

        let states = try LexiconCopy()
        let leaderLine = try states.edit("states.json", replacing: "\"leader\": \"head-of-state\"", with: "\"leadr\": \"head-of-state\"")
        try states.expectError(in: "states.json", line: leaderLine, ["unknown key 'leadr' in states[0]", "did you mean 'leader'?"])
    }

    @Test("A value outside its closed set is named with the allowed values", arguments: [
        ("rules.json", "\"type\": \"meeting\"", "\"type\": \"meting\"", "'meting'; allowed values: meeting, call"),
        ("rules.json", "\"mode\": \"phone\"", "\"mode\": \"telephone\"", "eventTriggers[0].mode is 'telephone'; allowed values: phone, video, in-person, unknown"),
        ("states.json", "\"leader\": \"head-of-government\"", "\"leader\": \"prime-minister\"",
         "is 'prime-minister'; allowed values: head-of-state, head-of-government, general-secretary"),
        ("institutions.json", "\"standsFor\": \"state\"", "\"standsFor\": \"country\"", "is 'country'; allowed values: state"),
    ])
    func badEnumValue(file: String, old: String, new: String, fragment: String) throws {
        let lex = try LexiconCopy()
        let line = try lex.edit(file, replacing: old, with: new)
        try lex.expectError(in: file, line: line, [fragment])
    }

    @Test("A form twice in one list is an error, also when it differs only in tone-mark placement")
    func duplicateForm() throws {
        let rules = try LexiconCopy()
        let first = try rules.edit("rules.json", replacing: "\"điện đàm\",\n        \"cuộc điện đàm\",",
                                   with: "\"điện đàm\",\n        \"cuộc điện đàm\",\n        \"điện đàm\",")
        try rules.expectError(in: "rules.json", line: first + 2, ["duplicate form 'điện đàm' in eventTriggers[0].forms (first on line \(first))"])

        let people = try LexiconCopy()
        let line = try people.edit("people.json", replacing: "\"Ngụy Phượng Hòa\"]", with: "\"Ngụy Phượng Hòa\", \"Ngụy Phượng Hoà\"]")
        try people.expectError(in: "people.json", line: line, ["duplicate form 'Ngụy Phượng Hoà'", "read by the matcher as 'Ngụy Phượng Hòa' on line \(line)"])
    }

    @Test("A form in two event-trigger entries is an error; one form in two word classes is not")
    func duplicateAcrossEntries() throws {
        let lex = try LexiconCopy()
        let line = try lex.edit("rules.json", replacing: "\"điện đàm trực tuyến\",", with: "\"điện đàm trực tuyến\",\n        \"điện đàm\",")
        let first = try lex.line(of: "\"điện đàm\",", in: "rules.json")
        try lex.expectError(in: "rules.json", line: line + 1, ["eventTriggers[1].forms repeats a form of eventTriggers[0] (first on line \(first))"])

        let classes = try LexiconCopy()
        try classes.edit("rules.json", replacing: "\"notTriggers\": [", with: "\"notTriggers\": [\"điện đàm\", ")
        #expect(classes.loadError() == nil)
    }

    @Test("A key twice in one object is an error")
    func duplicateKey() throws {
        let lex = try LexiconCopy()
        let line = try lex.edit("rules.json", replacing: "\"type\": \"call\",", with: "\"type\": \"call\",\n      \"type\": \"meeting\",")
        try lex.expectError(in: "rules.json", line: line + 1, ["key 'type' appears twice in eventTriggers[0] (first on line \(line))"])
    }

    /// The first names or forms list of each lexicon file, and where it sits.
    static let formLists: [(file: String, list: String, path: String)] = [
        ("states.json", "\"names\": [", "states[0].names[0]"),
        ("organizations.json", "\"names\": [", "organizations[0].names[0]"),
        ("institutions.json", "\"names\": [", "institutions[0].names[0]"),
        ("institutions.json", "\"forms\": [", "templates[0].forms[0]"),
        ("media.json", "\"names\": [", "media[0].names[0]"),
        ("people.json", "\"names\": [", "people[0].names[0]"),
        ("titles.json", "\"forms\": [", "titles[0].forms[0]"),
        ("rules.json", "\"forms\": [", "eventTriggers[0].forms[0]"),
        ("rules.json", "\"notTriggers\": [", "notTriggers[0]"),
    ]

    /// Puts `form` (JSON text, quotes included) first in a list and checks the error.
    func expectBlank(_ form: String, _ target: (file: String, list: String, path: String), _ description: String) throws {
        let lex = try LexiconCopy()
        let line = try lex.edit(target.file, replacing: target.list, with: target.list + form + ", ")
        try lex.expectError(in: target.file, line: line, ["\(target.path) is \(description)", "would match everywhere"])
    }

    @Test("An empty form is refused in every lexicon file", arguments: formLists)
    func emptyForm(target: (file: String, list: String, path: String)) throws {
        try expectBlank("\"\"", target, "empty")
    }

    @Test("A form of only spaces, tabs and no-break spaces is refused", arguments: formLists)
    func whitespaceOnlyForm(target: (file: String, list: String, path: String)) throws {
        try expectBlank("\" \\t\\u00a0\"", target, "only invisible characters (U+0020 U+0009 U+00A0)")
    }

    @Test("A form of only zero-width characters or soft hyphens is refused, escaped or written raw", arguments: [
        ("\"\\u200b\"", "(U+200B)"), ("\"\u{200B}\"", "(U+200B)"), ("\"\\u00ad\\u200d\"", "(U+00AD U+200D)"), ("\"\u{FEFF} \"", "(U+FEFF U+0020)"),
    ])
    func zeroWidthOnlyForm(form: String, codes: String) throws {
        for target in Self.formLists where target.file == "rules.json" || target.file == "people.json" {
            try expectBlank(form, target, "only invisible characters \(codes)")
        }
    }

    @Test("A zero-width space as a name is refused in every lexicon file, with file and line", arguments: formLists)
    func zeroWidthName(target: (file: String, list: String, path: String)) throws {
        try expectBlank("\"\u{200B}\"", target, "only invisible characters (U+200B)")
    }

    @Test("A missing key names the line of its own entry, also in the second list of objects")
    func missingKeyLine() throws {
        let lex = try LexiconCopy()
        try lex.edit("rules.json", replacing: "\"sanctions\": false,\n      \"cameo\": \"1313\"", with: "\"cameo\": \"1313\"")
        let entry = try lex.line(of: "\"cắt đứt quan hệ\",", in: "rules.json") - 2
        try lex.expectError(in: "rules.json", line: entry, ["entry lacks the key 'sanctions'"])
    }

    @Test("A JSON syntax fault names its line")
    func syntaxFault() throws {
        let lex = try LexiconCopy()
        let line = try lex.edit("rules.json", replacing: "\"mode\": \"phone\"\n    }", with: "\"mode\": \"phone\",\n    }")
        try lex.expectError(in: "rules.json", line: line + 1, ["not valid JSON", "expected a key"])
    }
}
