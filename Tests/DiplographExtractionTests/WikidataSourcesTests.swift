import Foundation
import Testing
@testable import DiplographExtraction

/// The record of where each person's Wikidata id was checked (`lexicon-sources/wikidata-*.json`):
/// a stored public text that pairs the id with the person.
private struct WikidataSources: Decodable {
    struct Verified: Decodable { let person: String; let name: String; let wikidata: String; let source: String; let evidence: String }
    struct Unverified: Decodable { let person: String; let name: String; let why: String }
    let part: String
    let verified: [Verified]
    let unverified: [Unverified]

    static func all() throws -> [(file: String, sources: WikidataSources)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("lexicon-sources")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("wikidata-") && $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            (name, try JSONDecoder().decode(WikidataSources.self, from: Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }
}

@Suite("Wikidata ids and their sources")
struct WikidataSourcesTests {
    @Test("Every person's Wikidata id has a recorded source pairing it with that person, and every record matches the lexicon")
    func everyIDHasItsSource() throws {
        let people = try Lexicon.bundled().people
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let files = try WikidataSources.all()
        #expect(files.count >= 3, "the source records are missing")
        var seen: [String: String] = [:]
        for (file, sources) in files {
            for r in sources.verified {
                #expect(seen.updateValue(file, forKey: r.person) == nil, "\(r.person) is recorded twice (\(file))")
                let person = try #require(byID[r.person], "\(file): \(r.person) is no person of the lexicon")
                #expect(person.wikidata == r.wikidata, "\(file): \(r.person) is \(person.wikidata ?? "") in people.json, \(r.wikidata) in its source record")
                #expect(person.name == r.name, "\(file): \(r.person) is named '\(person.name)' in people.json")
                // The excerpt shows the id itself (some sources print the digits without the Q).
                #expect(r.evidence.contains(String(r.wikidata.dropFirst())), "\(file): \(r.person)'s evidence does not show \(r.wikidata)")
                #expect(!r.source.isEmpty && r.evidence.count <= 300, "\(file): \(r.person)")
            }
            for u in sources.unverified {
                #expect(seen.updateValue(file, forKey: u.person) == nil, "\(u.person) is recorded twice (\(file))")
                #expect((byID[u.person]?.wikidata ?? "").isEmpty, "\(file): \(u.person) is unverified but has an id in people.json")
            }
        }
        for p in people where !(p.wikidata ?? "").isEmpty {
            #expect(seen[p.id] != nil, "\(p.id) has Wikidata id \(p.wikidata ?? "") with no recorded source")
        }
    }
}
