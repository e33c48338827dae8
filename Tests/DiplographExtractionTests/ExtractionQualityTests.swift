import DiplographExtraction
import DiplographModel
import Foundation
import Testing
import DiplographInput

// MARK: - Floors
//
// Each floor sits a little below the figure measured when it was last raised (with the clause and
// discourse layers, 2026-12-06), so that a change that loses quality fails `swift test`, while a change that
// gains it passes; raise a floor when the figure it guards rises for good. The figures are the same
// whether measured here in process or by the Python scorers through the release binary
// (scripts/eval_sentences.py, ../shared/eval/score.py): the matching below is a port of theirs.

/// Least number of entirely-right cases of each sentence suite (Fixtures/*.json).
enum SentenceFloors {
    /// sentences.json, the development suite: measured 87/90.
    static let development = 85
    /// sentences-heldout.json, written apart from the rules: measured 48/60.
    static let heldout = 45
    /// sentences-constructions.json, one construction per group of cases: measured 791/802
    /// (the in-process count is a few lower).
    static let constructions = 775
    /// sentences-forms.json, reporting forms written fresh (113/150 before any rule was tuned on
    /// it): measured 138/150.
    static let forms = 131
    /// The same suites counted strictly (mode and initiator checked too, which eval_sentences.py
    /// does not): measured 85/90, 46/60, 657/675 (before the 32 cases of 2026-12-07) and 138/150.
    static let developmentStrict = 82
    static let heldoutStrict = 42
    static let constructionsStrict = 750
    static let formsStrict = 133
}

/// Least F1 per kind on the development set (../shared/dev/articles), odd and even ids apart:
/// 0.02 below the figures measured, rounded down to two places.
enum DevelopmentFloors {
    /// Odd ids (developed against): measured actors 0.98, events 0.97, demands 0.91, threats 0.93.
    static let odd: [String: Double] = ["actors": 0.96, "events": 0.94, "demands": 0.88, "threats": 0.87]
    /// Even ids (unseen text): measured actors 0.96, events 0.83, demands 0.80, threats 0.78.
    static let even: [String: Double] = ["actors": 0.94, "events": 0.81, "demands": 0.78, "threats": 0.76]
}

/// Least F1 per kind on the invented articles with hand-made gold (Fixtures/articles-invented, a
/// development set of whole articles written for the project): 0.02 below the figures measured.
enum InventedArticleFloors {
    /// Measured actors 0.98, events 0.92, demands 0.94, threats 0.86 (first scored: 0.97, 0.81, 0.88, 0.68).
    static let f1: [String: Double] = ["actors": 0.95, "events": 0.90, "demands": 0.92, "threats": 0.84]
    /// The second batch (Fixtures/articles-invented-2, 20 articles): measured actors 0.97, events
    /// 0.89, demands 0.89, threats 0.89 (first scored: 0.93, 0.78, 0.75, 0.46).
    static let secondBatch: [String: Double] = ["actors": 0.95, "events": 0.87, "demands": 0.87, "threats": 0.87]
    /// The third batch (Fixtures/articles-invented-3, 20 articles): measured actors 0.98, events
    /// 0.84, demands 0.92, threats 0.82 (first scored: 0.97, 0.73, 0.91, 0.64).
    static let thirdBatch: [String: Double] = ["actors": 0.95, "events": 0.82, "demands": 0.90, "threats": 0.80]
    /// The fourth batch (Fixtures/articles-invented-4, 20 articles): measured actors 0.98, events
    /// 0.87, demands 0.89, threats 0.76 (first scored: 0.97, 0.82, 0.88, 0.48; threats 0.78 before an
    /// optional veto threat took its target from the text's demand, not the gold's).
    /// (Threats 0.73 since the eleventh session: a false threat read from a bare "đe dọa" with no
    /// complement had matched the Ministry's threat, whose measure is not read.)
    static let fourthBatch: [String: Double] = ["actors": 0.95, "events": 0.85, "demands": 0.87, "threats": 0.71]
    /// The fifth batch (Fixtures/articles-invented-5, 20 articles): measured actors 0.97, events
    /// 0.88, demands 0.84, threats 0.92 (first scored: 0.97, 0.74, 0.78, 0.67).
    static let fifthBatch: [String: Double] = ["actors": 0.95, "events": 0.86, "demands": 0.82, "threats": 0.90]
    /// The sixth batch (Fixtures/articles-invented-6, 20 articles): measured actors 0.97, events
    /// 0.83, demands 0.79, threats 0.75 (first scored: 0.97, 0.74, 0.71, 0.65; threats 0.77 before
    /// 'lời tuyên chiến' became a measure: a joint warning is now read, with the wrong target).
    static let sixthBatch: [String: Double] = ["actors": 0.95, "events": 0.81, "demands": 0.74, "threats": 0.73]
    /// The seventh batch (Fixtures/articles-invented-7, 20 articles): measured actors 0.97, events
    /// 0.88, demands 0.87, threats 0.67 (first scored: 0.95, 0.76, 0.85, 0.60).
    static let seventhBatch: [String: Double] = ["actors": 0.94, "events": 0.87, "demands": 0.85, "threats": 0.65]
    /// The eighth batch (Fixtures/articles-invented-8, 20 articles, threat-heavy): measured actors 0.96,
    /// events 0.91, demands 0.87, threats 0.60 (first scored: 0.96, 0.87, 0.87, 0.54).
    static let eighthBatch: [String: Double] = ["actors": 0.95, "events": 0.89, "demands": 0.85, "threats": 0.58]
    /// The ninth batch (Fixtures/articles-invented-9, 20 articles, event-heavy): measured actors 0.96,
    /// events 0.79, demands 0.81, threats 0.68 (first scored: 0.95, 0.75, 0.78, 0.68).
    static let ninthBatch: [String: Double] = ["actors": 0.94, "events": 0.78, "demands": 0.79, "threats": 0.66]
    /// The tenth batch (Fixtures/articles-invented-10, 20 articles, threats and events): measured actors
    /// 0.96, events 0.83, demands 0.87, threats 0.78 (first scored: 0.96, 0.83, 0.87, 0.80, two of its
    /// threats then matched by false readings of "đe dọa" as endangering).
    static let tenthBatch: [String: Double] = ["actors": 0.94, "events": 0.81, "demands": 0.85, "threats": 0.76]
    /// The eleventh batch (Fixtures/articles-invented-11, 20 wire-style articles, threats and events
    /// deep in the text): first scored actors 0.96, events 0.67, demands 0.90, threats 0.67; measured
    /// 0.96, 0.75, 0.90, 0.73.
    static let eleventhBatch: [String: Double] = ["actors": 0.94, "events": 0.73, "demands": 0.88, "threats": 0.70]
    /// The twelfth batch (Fixtures/articles-invented-12, 20 articles in the style of foreign-news desks
    /// translating wire copy, half from 2012-2016): first scored actors 0.95, events 0.79, demands 0.77,
    /// threats 0.37; measured 0.95, 0.79, 0.77, 0.38.
    static let twelfthBatch: [String: Double] = ["actors": 0.93, "events": 0.77, "demands": 0.75, "threats": 0.35]
}

/// Least F1 per kind on the five seed articles (seeds/ against ../shared/seeds/gold): measured
/// actors 1.000, events 1.000, demands 0.933, threats 1.000, event dates 16/16.
enum SeedFloors {
    static let f1: [String: Double] = ["actors": 0.98, "events": 0.98, "demands": 0.91, "threats": 0.98]
    /// Share of matched events whose date is right (scripts/check_quality.py asks 0.9).
    static let dates = 0.9
}

// MARK: - Shared set-up

enum QualityFixtures {
    /// The package root, from this file's place in Tests/DiplographExtractionTests/.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// ../shared beside the package root (or `$DIPLOGRAPH_SHARED`): the development set and the
    /// gold of the seeds. Where it is missing, the tests that need it are skipped, not failed.
    static let shared = ProcessInfo.processInfo.environment["DIPLOGRAPH_SHARED"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        ?? root.deletingLastPathComponent().appendingPathComponent("shared")
    static let devFolder = shared.appendingPathComponent("dev").appendingPathComponent("articles")
    static let seedGoldFolder = shared.appendingPathComponent("seeds").appendingPathComponent("gold")

    /// Loaded once for every test of this file.
    static let lexicon = Result { try Lexicon.bundled() }

    static func export() throws -> InProcessExport { InProcessExport(extractor: ArticleExtractor(lexicon: try lexicon.get())) }

    static func exists(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

    static var devAvailable: Bool { exists(devFolder) }

    /// `DIPLOGRAPH_QUALITY_VERBOSE=1` prints every article's misses and extras, not only when a floor fails.
    static var verbose: Bool { ProcessInfo.processInfo.environment["DIPLOGRAPH_QUALITY_VERBOSE"].map { !$0.isEmpty && $0 != "0" } ?? false }
    static var seedGoldAvailable: Bool { exists(seedGoldFolder) }

    static func suite(_ file: String) throws -> SentenceSuite {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError(message: "the Fixtures folder is not bundled with the tests")
        }
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        return try JSONDecoder().decode(SentenceSuite.self, from: data)
    }

    static func gold(_ url: URL) throws -> GoldFile {
        try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: url))
    }

    /// Writes a report to standard output whole, under a lock, retrying where the descriptor is
    /// not ready. (`swift test` hands the test process a non-blocking standard output: `print` of a
    /// long report dropped its tail there whenever the reader fell behind.)
    static func emit(_ text: String) {
        emitLock.lock()
        defer { emitLock.unlock() }
        let bytes = Array((text + "\n").utf8)
        var done = 0, stalls = 0
        while done < bytes.count && stalls < 10_000 {
            let n = bytes[done...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n > 0 {
                done += n
                stalls = 0
            } else if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                stalls += 1
                usleep(1_000)
            } else {
                return
            }
        }
    }

    private static let emitLock = NSLock()

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

// MARK: - Sentence suites

@Suite("Extraction quality on the sentence suites")
struct SentenceSuiteQualityTests {
    struct SuiteFloor: Sendable, CustomTestStringConvertible {
        let file: String
        let floor: Int
        let strictFloor: Int
        var testDescription: String { file }
    }

    static let suites = [
        SuiteFloor(file: "sentences.json", floor: SentenceFloors.development, strictFloor: SentenceFloors.developmentStrict),
        SuiteFloor(file: "sentences-heldout.json", floor: SentenceFloors.heldout, strictFloor: SentenceFloors.heldoutStrict),
        SuiteFloor(file: "sentences-constructions.json", floor: SentenceFloors.constructions, strictFloor: SentenceFloors.constructionsStrict),
        SuiteFloor(file: "sentences-forms.json", floor: SentenceFloors.forms, strictFloor: SentenceFloors.formsStrict),
    ]

    /// Every case is extracted in process and matched as scripts/eval_sentences.py matches it. Each
    /// case that is not entirely right is printed with the reason and the trace of the rules that
    /// fired; the test fails only when the count of right cases falls below the suite's floor.
    @Test("Entirely-right cases stay at or above the suite's floor", arguments: suites)
    func suiteFloor(_ suite: SuiteFloor) throws {
        let cases = try QualityFixtures.suite(suite.file).cases
        #expect(!cases.isEmpty, "\(suite.file) holds no case")
        let runner = SentenceRunner(export: try QualityFixtures.export())
        var right = 0, strictlyRight = 0
        var tallies = Dictionary(uniqueKeysWithValues: SentenceMatch.kinds.map { ($0, KindTally()) })
        var report: [String] = []
        for c in cases {
            let outcome = runner.run(c)
            if outcome.isRight { right += 1 }
            if outcome.isStrictlyRight { strictlyRight += 1 }
            for k in SentenceMatch.kinds { tallies[k, default: KindTally()].add(outcome.match?.tallies[k] ?? KindTally()) }
            if !outcome.isStrictlyRight {
                let strict = outcome.match?.strictProblems ?? []
                var lines = ["  \(outcome.isRight ? "STRICT" : "FAIL") \(outcome.id): " + (outcome.isRight ? strict.joined(separator: "; ") : outcome.reason + (strict.isEmpty ? "" : "; strictly also: " + strict.joined(separator: "; ")))]
                lines += outcome.trace.isEmpty ? ["      (no fact read)"] : outcome.trace.map { "      " + $0 }
                report.append(lines.joined(separator: "\n"))
            }
        }
        var summary = ["\(suite.file): \(right)/\(cases.count) cases right (floor \(suite.floor)); strictly \(strictlyRight)/\(cases.count) (floor \(suite.strictFloor))"]
        summary += SentenceMatch.kinds.map { "  \($0.padding(toLength: 8, withPad: " ", startingAt: 0)) \(tallies[$0, default: KindTally()].summary)" }
        QualityFixtures.emit((summary + report).joined(separator: "\n"))
        #expect(right >= suite.floor, "\(suite.file): \(right)/\(cases.count) cases right, below the floor \(suite.floor)")
        #expect(strictlyRight >= suite.strictFloor, "\(suite.file): \(strictlyRight)/\(cases.count) cases strictly right, below the floor \(suite.strictFloor)")
    }

    /// The port can say no: an expectation that contradicts what the extractor reads is not right,
    /// with the reasons eval_sentences.py would give, while the true expectation of the same text is.
    @Test("A case with a wrong expectation is reported as not right")
    func wrongExpectationFails() throws {
        let runner = SentenceRunner(export: try QualityFixtures.export())
        let text = "Ngày 12/3, Tổng thống Mỹ Joe Biden đã điện đàm với Tổng thống Pháp Emmanuel Macron."
        func event(_ type: String, _ parties: [String], date: String?) -> SentenceSuite.ExpectedEvent {
            SentenceSuite.ExpectedEvent(type: .init([type]), participants: parties, date: date, status: "occurred", mode: nil, initiator: nil)
        }
        let truth = SentenceSuite.Case(id: "port-check-right", published: "2024-03-13", text: text,
                                       expect: .init(actors: ["joe-biden", "emmanuel-macron", "US", "FR"],
                                                     events: [event("call", ["joe-biden", "emmanuel-macron"], date: "2024-03-12")]))
        let good = runner.run(truth)
        #expect(good.isRight, "the true expectation should be right: \(good.reason)\n\(good.trace.joined(separator: "\n"))")

        let wrongType = SentenceSuite.Case(id: "port-check-type", published: "2024-03-13", text: text,
                                           expect: .init(events: [event("meeting", ["joe-biden", "emmanuel-macron"], date: nil)]))
        let type = runner.run(wrongType)
        #expect(!type.isRight)
        #expect(type.match?.problems.contains { $0.hasPrefix("missing event") } == true)
        #expect(type.match?.problems.contains { $0.hasPrefix("extra event") } == true)

        let wrongDate = SentenceSuite.Case(id: "port-check-date", published: "2024-03-13", text: text,
                                           expect: .init(events: [event("call", ["US", "FR"], date: "2024-03-11")]))
        let date = runner.run(wrongDate)
        #expect(!date.isRight)
        #expect(date.match?.problems == ["event date 2024-03-12 != 2024-03-11"])

        let unwanted = SentenceSuite.Case(id: "port-check-actors", published: "2024-03-13", text: text,
                                          expect: .init(actors: ["olaf-scholz"], not_actors: ["Joe Biden"],
                                                        events: [event("call", ["US", "FR"], date: nil)],
                                                        threats: [.init(by: ["US"], against: ["FR"], sanctions: true)]))
        let actors = runner.run(unwanted)
        #expect(!actors.isRight)
        #expect(Set(actors.match?.problems ?? []) == ["missing actor olaf-scholz", "unwanted actor Joe Biden", "missing threat ['US'] -> ['FR']"])
    }
}

// MARK: - Development set and seeds

@Suite("Extraction quality on the development set and the seeds")
struct ArticleQualityTests {
    /// One article's score, with what was read to explain it.
    struct Scored {
        let name: String
        let score: GoldScore
        let trace: [String]
    }

    /// Reads and scores each article of `names` (`dNN.txt` beside `dNN.gold.json` in `articles`,
    /// or the gold in `goldFolder`).
    static func score(_ names: [String], articles: URL, goldFolder: URL) throws -> [Scored] {
        let export = try QualityFixtures.export()
        let reader = ArticleReader()
        return try names.map { name in
            let stem = (name as NSString).deletingPathExtension
            let gold = try QualityFixtures.gold(goldFolder.appendingPathComponent(stem + ".gold.json"))
            let article = try reader.read(path: articles.appendingPathComponent(gold.article).path)
            let (graph, trace) = export.run(article)
            return Scored(name: gold.article, score: GoldScore(ExportedGraph(graph, stripped: true), gold: gold),
                          trace: InProcessExport.lines(trace))
        }
    }

    static func total(_ scored: [Scored]) -> GoldScore {
        var t = GoldScore()
        for s in scored { t.add(s.score) }
        return t
    }

    /// Misses and extras per article, with the trace of what the rules read.
    static func explain(_ scored: [Scored]) -> String {
        var out: [String] = []
        for s in scored where !s.score.misses.isEmpty || !s.score.extras.isEmpty {
            out.append("  \(s.name):")
            out += s.score.misses.map { "    miss  " + $0 }
            out += s.score.extras.map { "    extra " + $0 }
            out += s.trace.map { "      " + $0 }
        }
        return out.joined(separator: "\n")
    }

    static func summary(_ title: String, _ t: GoldScore, floors: [String: Double]) -> String {
        ([title] + SentenceMatch.kinds.map { k in
            "  \(k.padding(toLength: 8, withPad: " ", startingAt: 0)) \(t[k].summary)  floor \(floors[k].map(KindTally.fixed) ?? "-")"
        } + ["  event dates \(t.dates.right)/\(t.dates.total)"]).joined(separator: "\n")
    }

    /// The development articles of one half: `dNN.txt` with NN odd (or even) and a gold file.
    static func devArticles(odd: Bool) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: QualityFixtures.devFolder.path).filter { name in
            guard name.hasPrefix("d"), name.hasSuffix(".txt"), let n = Int(name.dropFirst().dropLast(4)) else { return false }
            let gold = QualityFixtures.devFolder.appendingPathComponent(String(name.dropLast(4)) + ".gold.json")
            return n % 2 == (odd ? 1 : 0) && FileManager.default.fileExists(atPath: gold.path)
        }.sorted()
    }

    @Test("Development set: per-kind F1 of each half stays at or above its floor",
          .enabled(if: QualityFixtures.devAvailable, "../shared/dev/articles is not beside the package on this machine: development-set floors not checked"),
          arguments: ["odd", "even"])
    func developmentHalf(_ half: String) throws {
        let names = try Self.devArticles(odd: half == "odd")
        #expect(names.count >= 25, "expected about 30 \(half) articles, found \(names.count)")
        let scored = try Self.score(names, articles: QualityFixtures.devFolder, goldFolder: QualityFixtures.devFolder)
        let t = Self.total(scored)
        let floors = half == "odd" ? DevelopmentFloors.odd : DevelopmentFloors.even
        QualityFixtures.emit(Self.summary("development set, \(half) ids (\(names.count) articles):", t, floors: floors))
        let low = SentenceMatch.kinds.filter { t[$0].f1 < (floors[$0] ?? 0) }
        if !low.isEmpty || QualityFixtures.verbose { QualityFixtures.emit("development set, \(half) ids, misses and extras:\n" + Self.explain(scored)) }
        for k in SentenceMatch.kinds {
            #expect(t[k].f1 >= (floors[k] ?? 0), "\(half) ids: \(k) F1 \(KindTally.fixed(t[k].f1)) below the floor \(floors[k] ?? 0)")
        }
    }

    @Test("Invented articles: per-kind F1 stays at or above its floor", arguments: [("articles-invented", 24), ("articles-invented-2", 20), ("articles-invented-3", 20), ("articles-invented-4", 20),
                                                                                              ("articles-invented-5", 20), ("articles-invented-6", 20), ("articles-invented-7", 20),
                                                                                              ("articles-invented-8", 20), ("articles-invented-9", 20), ("articles-invented-10", 20),
                                                                                              ("articles-invented-11", 20), ("articles-invented-12", 20)])
    func inventedArticles(batch: String, count: Int) throws {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw QualityFixtures.FixtureError(message: "the Fixtures folder is not bundled with the tests")
        }
        let folder = fixtures.appendingPathComponent(batch)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(names.count >= count, "expected \(count) invented articles with gold in \(batch), found \(names.count)")
        let scored = try Self.score(names.map { String($0.dropLast(".gold.json".count)) + ".txt" }, articles: folder, goldFolder: folder)
        let t = Self.total(scored)
        let floors = batch == "articles-invented" ? InventedArticleFloors.f1
            : batch == "articles-invented-2" ? InventedArticleFloors.secondBatch
            : batch == "articles-invented-3" ? InventedArticleFloors.thirdBatch
            : batch == "articles-invented-4" ? InventedArticleFloors.fourthBatch
            : batch == "articles-invented-5" ? InventedArticleFloors.fifthBatch
            : batch == "articles-invented-6" ? InventedArticleFloors.sixthBatch
            : batch == "articles-invented-7" ? InventedArticleFloors.seventhBatch
            : batch == "articles-invented-8" ? InventedArticleFloors.eighthBatch
            : batch == "articles-invented-9" ? InventedArticleFloors.ninthBatch
            : batch == "articles-invented-10" ? InventedArticleFloors.tenthBatch
            : batch == "articles-invented-11" ? InventedArticleFloors.eleventhBatch : InventedArticleFloors.twelfthBatch
        QualityFixtures.emit(Self.summary("invented articles, \(batch) (\(names.count)):", t, floors: floors))
        let low = SentenceMatch.kinds.filter { t[$0].f1 < (floors[$0] ?? 0) }
        if !low.isEmpty || QualityFixtures.verbose { QualityFixtures.emit("invented articles, misses and extras:\n" + Self.explain(scored)) }
        for k in SentenceMatch.kinds {
            #expect(t[k].f1 >= (floors[k] ?? 0), "invented articles: \(k) F1 \(KindTally.fixed(t[k].f1)) below the floor \(floors[k] ?? 0)")
        }
    }

    @Test("Seeds: per-kind F1 and event dates stay at or above their floors",
          .enabled(if: QualityFixtures.seedGoldAvailable, "../shared/seeds/gold is not beside the package on this machine: seed floors not checked"))
    func seeds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: QualityFixtures.seedGoldFolder.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(names.count == 5)
        let seedsFolder = QualityFixtures.root.appendingPathComponent("seeds")
        let scored = try Self.score(names.map { String($0.dropLast(".gold.json".count)) + ".txt" }, articles: seedsFolder,
                                    goldFolder: QualityFixtures.seedGoldFolder)
        let t = Self.total(scored)
        QualityFixtures.emit(Self.summary("seeds (\(names.count) articles):", t, floors: SeedFloors.f1))
        let low = SentenceMatch.kinds.filter { t[$0].f1 < (SeedFloors.f1[$0] ?? 0) }
        let datesLow = Double(t.dates.right) < SeedFloors.dates * Double(t.dates.total)
        if !low.isEmpty || datesLow || QualityFixtures.verbose { QualityFixtures.emit("seeds, misses and extras:\n" + Self.explain(scored)) }
        for k in SentenceMatch.kinds {
            #expect(t[k].f1 >= (SeedFloors.f1[k] ?? 0), "seeds: \(k) F1 \(KindTally.fixed(t[k].f1)) below the floor \(SeedFloors.f1[k] ?? 0)")
        }
        #expect(!datesLow, "seeds: event dates \(t.dates.right)/\(t.dates.total) right, below \(SeedFloors.dates)")
    }

    /// The port of score.py can say no: a gold file that disagrees with a graph made by hand scores
    /// the disagreement as misses and extras, and one that agrees scores perfectly.
    @Test("The gold scorer counts misses and extras on a graph made by hand")
    func scorerPortCanFail() throws {
        var g = KnowledgeGraph()
        let biden = NodeID(kind: .actor, slug: "joe-biden"), us = NodeID(kind: .actor, slug: "US")
        let putin = NodeID(kind: .actor, slug: "vladimir-putin")
        g.insert(Actor(id: biden, label: "Joe Biden", actorType: .person, state: "US", aliases: ["Biden", "Joe Biden"]))
        g.insert(Actor(id: us, label: "Mỹ", actorType: .state, state: "US", aliases: ["Mỹ"]))
        g.insert(Actor(id: putin, label: "Vladimir Putin", actorType: .person, state: "RU", aliases: ["Putin"]))
        let call = NodeID(kind: .event, slug: "call-2021-12-30")
        g.insert(Event(id: call, label: "call", eventType: .call, mode: .phone, status: .occurred, date: PartialDate(year: 2021, month: 12, day: 30)))
        g.connect(biden, call, .participant)
        g.connect(putin, call, .participant)
        let threat = NodeID(kind: .threat, slug: "t1")
        g.insert(Threat(id: threat, label: "threat", sanctions: true, measure: "trừng phạt", condition: "", cameo: "1312"))
        g.connect(biden, threat, .threatens)
        g.connect(threat, putin, .target)

        func actor(_ id: String, _ names: [String], _ state: String?, type: String = "person", optional: Bool? = nil) -> GoldFile.GoldActor {
            GoldFile.GoldActor(id: id, type: type, names: names, wikidata: nil, state: state, optional: optional)
        }
        let actors = [actor("biden", ["Joe Biden"], "US"), actor("putin", ["Vladimir Putin", "Putin"], "RU"), actor("US", ["Mỹ", "Hoa Kỳ"], "US", type: "state")]
        let right = GoldFile(article: "hand.txt", actors: actors,
                             events: [.init(type: .init(["call", "meeting"]), participants: ["biden", "putin"], date: "2021-12-30", status: "occurred", optional: nil)],
                             demands: [], threats: [.init(by: ["biden"], against: ["RU"], sanctions: true, optional: nil)])
        let good = GoldScore(ExportedGraph(g, stripped: true), gold: right)
        for k in SentenceMatch.kinds { #expect(good[k].f1 == 1.0, "\(k): \(good[k].summary)") }
        #expect(good.dates.right == 1 && good.dates.total == 1)

        let wrong = GoldFile(article: "hand.txt", actors: actors + [actor("macron", ["Emmanuel Macron"], "FR")],
                             events: [.init(type: .init(["meeting"]), participants: ["biden", "putin"], date: nil, status: "occurred", optional: nil),
                                      .init(type: .init(["call"]), participants: ["US", "putin"], date: "2021-12-29", status: "occurred", optional: nil)],
                             demands: [.init(by: ["putin"], to: ["US"], optional: nil), .init(by: ["biden"], to: ["putin"], optional: true)],
                             threats: [.init(by: ["putin"], against: ["US"], sanctions: false, optional: nil)])
        let bad = GoldScore(ExportedGraph(g, stripped: true), gold: wrong)
        #expect(bad["actors"] == KindTally(tp: 3, fp: 0, fn: 1))
        // The call matches the second gold call at state level (its date is wrong, which is a field,
        // not a miss); the gold meeting finds nothing.
        #expect(bad["events"] == KindTally(tp: 1, fp: 0, fn: 1))
        #expect(bad.dates.right == 0 && bad.dates.total == 1)
        #expect(bad["demands"] == KindTally(tp: 0, fp: 0, fn: 1))
        #expect(bad["threats"] == KindTally(tp: 0, fp: 1, fn: 1))
        #expect(bad["threats"].f1 == 0)
    }
}
