/// A date is coded as its ISO 8601 text (`2022`, `2022-02`, `2022-02-13`); decoding refuses
/// anything `PartialDate(iso:)` refuses.
extension PartialDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a YYYY, YYYY-MM or YYYY-MM-DD date")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
