/// The declarations of an inline `style` attribute, as far as they hide an element.
enum InlineStyle {
    /// True when `style` declares `display: none`, or `visibility: hidden` or `collapse`
    /// (CSS property names and these keywords are ASCII case-insensitive; `!important` and
    /// white space around the parts do not matter). The last declaration of a property wins.
    static func hides(_ style: String) -> Bool {
        var display: String?
        var visibility: String?
        for declaration in style.split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let property = trimmed(declaration[..<colon]).lowercased()
            var value = trimmed(declaration[declaration.index(after: colon)...]).lowercased()
            if value.hasSuffix("!important") { value = trimmed(value.dropLast("!important".count)) }
            switch property {
            case "display": display = value
            case "visibility": visibility = value
            default: break
            }
        }
        return display == "none" || visibility == "hidden" || visibility == "collapse"
    }

    private static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}
