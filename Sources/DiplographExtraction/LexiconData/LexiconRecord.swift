/// A kind of JSON object in the lexicon files, checked on load against its Swift type.
///
/// The keys an object may have are exactly the type's coding keys, so a new word class or field
/// needs only a new property (and its case in `CodingKeys`, which the compiler asks for). Every
/// list of strings not inside a nested record is a list of surface forms and is checked as such.
protocol LexiconRecord: Decodable {
    associatedtype CodingKeys: CodingKey & CaseIterable & Hashable
    /// Keys whose value is an object, or a list of objects, of another record type.
    static var records: [CodingKeys: any LexiconRecord.Type] { get }
    /// Keys whose string value must be one of a closed set.
    static var closedSets: [CodingKeys: [String]] { get }
    /// Form lists that make one word class across all entries of a list: a form may be in one
    /// entry only (a second would never be found, as the first entry keeps the form).
    static var classWideForms: Set<CodingKeys> { get }
}

extension LexiconRecord {
    static var records: [CodingKeys: any LexiconRecord.Type] { [:] }
    static var closedSets: [CodingKeys: [String]] { [:] }
    static var classWideForms: Set<CodingKeys> { [] }

    /// The record's shape with plain string keys, nested record types' shapes included (made once
    /// per check of a file, not once per record that holds a list of them).
    static var schema: RecordSchema {
        RecordSchema(keys: CodingKeys.allCases.map(\.stringValue),
                     records: Dictionary(uniqueKeysWithValues: records.map { ($0.key.stringValue, $0.value.schema) }),
                     closedSets: Dictionary(uniqueKeysWithValues: closedSets.map { ($0.key.stringValue, $0.value) }),
                     classWideForms: Set(classWideForms.map(\.stringValue)))
    }
}

/// What `LexiconSchemaCheck` needs to know of a record type, free of its associated types.
struct RecordSchema {
    /// The allowed keys, in declaration order.
    let keys: [String]
    /// The shape of the records under each key that holds an object or a list of them.
    let records: [String: RecordSchema]
    let closedSets: [String: [String]]
    let classWideForms: Set<String>
}

/// The raw values of a closed set, in declaration order, for `LexiconRecord.closedSets`.
func allowedValues<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> [String] where E.RawValue == String {
    type.allCases.map(\.rawValue)
}
