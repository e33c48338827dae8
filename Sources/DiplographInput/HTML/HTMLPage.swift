import DiplographLibXML
import DiplographModel

/// Reads the article text and metadata out of a parsed page.
///
/// Every walk is iterative (parent and sibling pointers, no recursion), so deeply nested pages
/// cannot overflow the stack. No libxml2 allocation is made: names, attribute values and text are
/// read in place from the tree, which `document` owns.
struct HTMLPage {
    let document: HTMLDocument

    init(_ document: HTMLDocument) { self.document = document }

    /// Elements whose content is never article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "frame", "frameset",
        "template", "svg", "math", "button", "select", "textarea", "object", "embed", "canvas", "audio", "video",
        "head", "title", "meta", "link",
    ]

    /// Elements that stand on lines of their own: a paragraph break before and after.
    static let blocks: Set<String> = [
        "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "legend",
        "li", "listing", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
        "tr", "caption", "ul", "xmp", "plaintext",
    ]

    /// Table cells: separated by a space within their row.
    static let cells: Set<String> = ["td", "th"]

    // MARK: - Text

    /// The article's plain text: the container's text, paragraphs separated by a blank line.
    ///
    /// The page is read in one walk (`PageText`), which notes where each `<article>`, the first
    /// `<main>` and the first `<body>` begin and end in the text: nested containers share their
    /// text instead of being read again, so the time taken is linear in the page whatever its
    /// nesting.
    func articleText() -> String {
        guard let root = document.root else { return "" }
        return withExtendedLifetime(document) {
            var reader = PageText(top: root)
            var articles: [Range<Int>] = []
            var main: Range<Int>?
            var body: Range<Int>?
            var open: [(node: xmlNodePtr, start: Int)] = []
            HTMLPage.walk(root, enter: { node in
                guard reader.enter(node) else { return false }
                if let name = HTMLPage.elementName(node), name == "article" || name == "main" || name == "body" {
                    open.append((node, reader.count))
                }
                return true
            }, exit: { node in
                reader.exit(node)
                guard let last = open.last, last.node == node, let name = HTMLPage.elementName(node) else { return }
                open.removeLast()
                let range = last.start..<reader.count
                switch name {
                case "article": articles.append(range)
                case "main": if main == nil { main = range }
                default: if body == nil { body = range }
                }
            })
            // The largest <article>: pages list related stories in small <article> cards too.
            var best: Range<Int>?
            var bestLength = 0
            for range in articles {
                let length = reader.length(range)
                if length > bestLength { best = range; bestLength = length }
            }
            if let best { return reader.text(best) }
            if let main, reader.length(main) > 0 { return reader.text(main) }
            return reader.text(body ?? 0..<reader.count)
        }
    }

    /// The text of `container` and everything inside it that is not dropped.
    static func text(of container: xmlNodePtr) -> String {
        var reader = PageText(top: container)
        walk(container, enter: { reader.enter($0) }, exit: { reader.exit($0) })
        return reader.text(0..<reader.count)
    }

    // MARK: - Metadata

    /// Title, publication date, URL, source and language from the page's head.
    func metadata() -> ArticleMetadata {
        guard let root = document.root else { return ArticleMetadata() }
        return withExtendedLifetime(document) {
            var metas: [String: String] = [:]
            var canonical: String?
            var titleElement: String?
            var firstHeading: String?
            var timeStamp: String?
            var contentLanguage: String?
            HTMLPage.walk(root) { node in
                guard let name = HTMLPage.elementName(node) else { return false }
                switch name {
                case "meta":
                    let attributes = HTMLPage.attributes(node)
                    guard let content = attributes["content"] else { return false }
                    for keyName in ["property", "name", "itemprop"] {
                        if let key = attributes[keyName]?.lowercased(), metas[key] == nil { metas[key] = content }
                    }
                    if attributes["http-equiv"]?.lowercased() == "content-language", contentLanguage == nil { contentLanguage = content }
                    return false
                case "link":
                    let attributes = HTMLPage.attributes(node)
                    let rel = attributes["rel"]?.lowercased().split(separator: " ") ?? []
                    if rel.contains("canonical"), canonical == nil, let href = attributes["href"] { canonical = href }
                    return false
                case "title":
                    if titleElement == nil && !HTMLPage.isInside(node, "svg") { titleElement = HTMLPage.text(of: node) }
                    return false
                case "h1":
                    if firstHeading == nil { firstHeading = HTMLPage.text(of: node) }
                    return false
                case "time":
                    let attributes = HTMLPage.attributes(node)
                    if timeStamp == nil, attributes["pubdate"] != nil || attributes["itemprop"]?.lowercased() == "datepublished" {
                        timeStamp = attributes["datetime"] ?? HTMLPage.text(of: node)
                    }
                    return true
                case "script", "style", "template":
                    return false
                default:
                    return true
                }
            }
            var meta = ArticleMetadata()
            meta.title = HTMLPage.line([metas["og:title"], titleElement, metas["twitter:title"], firstHeading])
            meta.url = HTMLPage.line([metas["og:url"], canonical])
            meta.source = HTMLPage.line([metas["og:site_name"], metas["application-name"]])
            let dateCandidates = [
                metas["article:published_time"], metas["og:article:published_time"], metas["date"], metas["pubdate"],
                metas["publishdate"], metas["publish-date"], metas["dc.date.issued"], metas["dc.date"],
                metas["datepublished"], timeStamp,
            ]
            meta.published = dateCandidates.lazy.compactMap { $0.flatMap(PublishedDate.parse) }.first
            let languages = [HTMLPage.attributes(root)["lang"], HTMLPage.attributes(root)["xml:lang"], contentLanguage, metas["og:locale"]]
            if let language = languages.lazy.compactMap({ $0.flatMap(HTMLPage.languageTag) }).first { meta.language = language }
            return meta
        }
    }

    /// The first candidate that is not empty once white space is collapsed into one line.
    static func line(_ candidates: [String?]) -> String {
        for candidate in candidates {
            guard let candidate else { continue }
            var builder = TextBuilder()
            builder.append(candidate)
            let text = builder.result
            if !text.isEmpty { return text }
        }
        return ""
    }

    /// A BCP 47-looking tag (`vi`, `vi-VN`; `vi_VN` becomes `vi-VN`), or nil.
    static func languageTag(_ raw: String) -> String? {
        let tag = raw.trimmingWhiteSpace().replacingUnderscores()
        guard !tag.isEmpty, tag.utf8.count <= 35 else { return nil }
        let ok = tag.unicodeScalars.allSatisfy { s in
            ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "-"
        }
        guard ok, let first = tag.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return nil }
        return tag
    }

    // MARK: - Tree access

    /// The lower-case name of an element node (libxml2's HTML parser lower-cases names), or nil for
    /// other nodes.
    static func elementName(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name)
    }

    /// Dropped by name, or hidden: the `hidden` attribute, or an inline style with
    /// `display: none` or `visibility: hidden` (text a reader of the page never sees).
    static func isDropped(_ node: xmlNodePtr, _ name: String) -> Bool {
        if dropped.contains(name) { return true }
        var attribute = node.pointee.properties
        while let a = attribute {
            if let n = a.pointee.name {
                let attributeName = String(cString: n).lowercased()
                if attributeName == "hidden" { return true }
                if attributeName == "style", InlineStyle.hides(attributeValue(a)) { return true }
            }
            attribute = a.pointee.next
        }
        return false
    }

    /// The value of an attribute: the text of its children.
    static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let c = child {
            if let content = c.pointee.content { value += String(cString: content) }
            child = c.pointee.next
        }
        return value
    }

    /// True when an ancestor of `node` is a `name` element.
    static func isInside(_ node: xmlNodePtr, _ name: String) -> Bool {
        var parent = node.pointee.parent
        while let p = parent {
            if elementName(p) == name { return true }
            parent = p.pointee.parent
        }
        return false
    }

    /// The attributes of an element by lower-case name; the first of a repeated name wins.
    static func attributes(_ node: xmlNodePtr) -> [String: String] {
        var out: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            if let n = a.pointee.name {
                let name = String(cString: n).lowercased()
                if out[name] == nil {
                    // An attribute's value is the text of its children (HTML has no entity nodes
                    // here: entities are not substituted into nodes, character references are).
                    out[name] = attributeValue(a)
                }
            }
            attribute = a.pointee.next
        }
        return out
    }

    /// Walks the subtree below `top` in document order. `enter` returns whether to descend into a
    /// node's children; `exit` runs after the children of every node that was descended into.
    static func walk(_ top: xmlNodePtr, enter: (xmlNodePtr) -> Bool, exit: (xmlNodePtr) -> Void = { _ in }) {
        guard enter(top) else { return }
        var node = top.pointee.children
        if node == nil { exit(top); return }
        while let current = node {
            let descend = enter(current)
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            if descend { exit(current) }
            // `current` is finished (a leaf, or not descended into): move to the next sibling,
            // closing the ancestors that end here.
            var finished = current
            while finished.pointee.next == nil {
                guard let parent = finished.pointee.parent else { return }
                exit(parent)
                if parent == top { return }
                finished = parent
            }
            node = finished.pointee.next
        }
    }
}

/// Publication dates as pages write them: ISO 8601 (`2024-03-05T09:30:00+07:00`), `2024/03/05`,
/// `20240305`, or the Vietnamese day-first `05/03/2024` and `5-3-2024`. The calendar day as
/// written is kept (no time-zone shift).
enum PublishedDate {
    static func parse(_ raw: String) -> PartialDate? {
        let s = raw.trimmingWhiteSpace()
        let digits = s.unicodeScalars.prefix { ("0"..."9").contains($0) }.count
        let numbers = s.split(whereSeparator: { !$0.isNumber || !$0.isASCII }).prefix(3).map { Int($0) }
        if digits == 8, let all = Int(String(s.prefix(8))) {
            return PartialDate(year: all / 10000, month: all / 100 % 100, day: all % 100)
        }
        guard numbers.count == 3, let a = numbers[0], let b = numbers[1], let c = numbers[2] else { return nil }
        if digits == 4 { return PartialDate(year: a, month: b, day: c) }
        if digits <= 2, c >= 1000 { return PartialDate(year: c, month: b, day: a) }
        return nil
    }
}

extension String {
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    func replacingUnderscores() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "_" ? "-" : $0 }))
    }
}
