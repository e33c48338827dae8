import DiplographModel
import Foundation
import Testing
@testable import DiplographInput

/// Reads a front-matter block given as its lines (the line after the opening `---` is line 2),
/// cut at line feeds as the reader cuts them (a Character split would keep CRLF whole).
private func block(_ text: String) throws(FrontMatterYAML.Fault) -> FrontMatterYAML {
    let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring(String(decoding: $0, as: UTF8.self)) }
    return try FrontMatterYAML(lines: lines, firstLine: 2)
}

/// The fault reading `text` gives, or nil when it is read.
private func fault(_ text: String) -> FrontMatterYAML.Fault? {
    do {
        _ = try block(text)
        return nil
    } catch {
        return error
    }
}

@Suite("Publication dates")
struct PublicationDateTests {
    @Test("A day, alone or with a time, is read as written, in its own time zone", arguments: [
        ("2022-02-12", "2022-02-12"), (" 2022-02-12\t", "2022-02-12"), ("2022-02-12T10:00:00Z", "2022-02-12"),
        ("2022-02-12 23:30:00+07:00", "2022-02-12"), ("2022-02-12T23:30", "2022-02-12"), ("2022-02-12t01:02:03.456-0500", "2022-02-12"),
        ("2024-02-29", "2024-02-29"), ("2022-02-12T10:00:00,5+07", "2022-02-12"),
    ])
    func accepted(text: String, day: String) {
        #expect(ISODay.parse(text)?.iso == day)
    }

    @Test("Anything else is refused: signs, extra digits, trailing text, impossible days and times", arguments: [
        "+2022-02-12", "2022-02-123", "2022-02-12garbage", "2022-2-12", "02022-02-12", "2022-02-1", "2021-02-30", "2022-13-01",
        "0000-01-01", "2022-02-12T", "2022-02-12T25:00", "2022-02-12T10:60", "2022-02-12T10", "2022-02-12Z", "2022-02-12T10:00Z+07:00",
        "2022-02-12T10:00:00.", "2022-02-12T10:00+7", "2022/02/12", "12-02-2022", "", "٢٠٢٢-٠٢-١٢",
    ])
    func refused(text: String) {
        #expect(ISODay.parse(text) == nil, "\(text) read as \(ISODay.parse(text)?.iso ?? "")")
    }
}

@Suite("Front matter: the strict YAML subset")
struct FrontMatterYAMLTests {
    @Test("Scalars plain, quoted and escaped, flow and block lists, comments and CRLF are read")
    func accepted() throws {
        let b = try block("""
            title: Tổng thống Nga, Mỹ thảo luận # a comment
            source: 'Báo ''Thế giới'''
            url: https://example.vn/a?b=1&c=2#top
            note: "\\u00e0 \\x41 \\U0001F600 \\" \\\\ \\t"
            tags: [ngoại giao, "Nga, Mỹ", 'x']
            empty: []
            authors:
              - An
              - "Bình"
            none:
            nothing: ~
            date: 2022-02-13\r

            # the end
            """)
        #expect(b.entries.map(\.key) == ["title", "source", "url", "note", "tags", "empty", "authors", "none", "nothing", "date"])
        #expect(b["title"]?.value == .scalar("Tổng thống Nga, Mỹ thảo luận"))
        #expect(b["title"]?.line == 2)
        #expect(b["source"]?.value == .scalar("Báo 'Thế giới'"))
        #expect(b["url"]?.value == .scalar("https://example.vn/a?b=1&c=2#top"))
        #expect(b["note"]?.value == .scalar("à A 😀 \" \\ \t"))
        #expect(b["tags"]?.value == .list(["ngoại giao", "Nga, Mỹ", "x"]))
        #expect(b["empty"]?.value == .list([]))
        #expect(b["authors"]?.value == .list(["An", "Bình"]))
        #expect(b["authors"]?.line == 8)
        #expect(b["none"]?.value == .scalar(""))
        #expect(b["nothing"]?.value == .scalar(""))
        #expect(b["date"]?.value == .scalar("2022-02-13"))
    }

    @Test("What the subset does not read is refused by name, with its line", arguments: [
        ("[a]: c", 2, "complex key"),
        ("{a: b}: c", 2, "complex key"),
        ("title: x\n? [a, b]\n: c", 3, "complex key"),
        ("a: &a [x, x]\nb: [*a, *a]", 2, "anchor"),
        ("a: x\nb: *a", 3, "alias"),
        ("title: !!str x", 2, "tag"),
        ("%YAML 1.2", 2, "directive"),
        ("title: |\n  x", 2, "block scalar"),
        ("title: >\n  x", 2, "block scalar"),
        ("author:\n  name: x", 3, "nested mappings"),
        ("title: {a: b}", 2, "nested mapping"),
        ("tags: [a, [b]]", 2, "nested list"),
        ("title: a\n  continued", 3, "over several lines"),
        ("title: \"open", 2, "not closed"),
        ("tags: [a, b", 2, "not closed"),
        ("title: a: b", 2, "quote the value"),
        ("title: \"a\" b", 2, "after the closing quote"),
        ("title: \"\\q\"", 2, "unknown escape"),
        ("title: x\ntitle: y", 3, "appears twice (first on line 2)"),
        ("- a", 2, "outside a list"),
        ("just text", 2, "not a 'key: value' line"),
        ("my key: x", 2, "not a plain word"),
        ("\ttitle: x", 2, "tab"),
        ("tags:\n  - a\n    - b", 4, "indented differently"),
    ])
    func refused(text: String, line: Int, words: String) throws {
        let f = try #require(fault(text), "\(text) was read")
        #expect(f.line == line, "\(f)")
        #expect(f.reason.contains(words), "\(f.reason)")
    }

    @Test("An alias bomb is refused at its first anchor, without expanding anything")
    func aliasBomb() throws {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        let f = try #require(fault(lines.joined(separator: "\n")))
        #expect(f.line == 2 && f.reason.contains("anchor"), "\(f)")
    }
}

@Suite("Front matter: metadata")
struct FrontMatterMetadataTests {
    private func read(_ head: String) throws -> ArticleMetadata {
        try ArticleReader().read(bytes: Array("---\n\(head)\n---\nNga.\n".utf8), path: "/nonexistent/a.txt").metadata
    }

    private func error(_ head: String) -> ReadError? {
        do {
            _ = try read(head)
            return nil
        } catch {
            return error as? ReadError
        }
    }

    @Test("Fields are read as written; a date-time gives its day; 'lang' and 'published' are the other names")
    func fields() throws {
        let m = try read("title: \"Điện đàm: Nga - Mỹ\"\nsource: VnExpress\nurl: https://example.vn/a\nlang: en\npublished: 2022-02-12T23:30:00-05:00")
        #expect(m == ArticleMetadata(title: "Điện đàm: Nga - Mỹ", published: PartialDate(year: 2022, month: 2, day: 12),
                                     language: "en", source: "VnExpress", url: "https://example.vn/a"))
    }

    @Test("An empty or null value is empty (YAML's null was once written as '<null>')")
    func emptyValues() throws {
        #expect(try read("title: \ndate: 2022-02-13").title == "")
        #expect(try read("title: ~\nsource: null").source == "")
        #expect(try read("title: 'null'").title == "null")
    }

    @Test("A bad date is named with its value and line", arguments: ["+2022-02-12", "2022-02-123", "2022-02-12garbage", "'2021-02-30'"])
    func badDate(value: String) throws {
        let e = try #require(error("title: t\ndate: \(value)"))
        #expect(e.line == 3 && e.reason.contains("'\(value.replacingOccurrences(of: "'", with: ""))'"), "\(e)")
    }

    @Test("A field past its bound is refused with its name, length and bound; at the bound it is read")
    func bounds() throws {
        for (field, limit, _) in ArticleMetadata.fieldLimits {
            let value = String(repeating: "ạ", count: limit)
            #expect(throws: Never.self) { try read("\(field): \(value)") }
            let e = try #require(error("\(field): \(value)b"), "\(field) past its bound was read")
            #expect(e.reason == "front matter \(field) is \(limit + 1) characters long, more than the \(limit) a \(field) may have", "\(e)")
        }
    }

    @Test("A list where one value is read is refused")
    func listTitle() throws {
        let e = try #require(error("date: 2022-02-13\ntitle: [a, b]"))
        #expect(e.line == 3 && e.reason.contains("title must be a single value"), "\(e)")
    }
}
