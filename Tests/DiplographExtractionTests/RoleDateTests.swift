import Testing
@testable import DiplographExtraction

@Suite("role dates of people.json")
struct RoleDateTests {
    /// How the check read a role date before the digit runs were read from the bytes.
    static func bySplit(_ s: String) -> Bool {
        let parts = s.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 1 && parts.count <= 3 else { return false }
        if parts.count >= 2 && !(1...12).contains(parts[1]) { return false }
        if parts.count == 3 && !(1...31).contains(parts[2]) { return false }
        return true
    }

    @Test("A date read from its bytes is judged as split and Int judge it", arguments: [
        "2021", "2021-03", "2021-03-07", "2021-3-7", "2021-003-007", "0-0", "2021-13", "2021-12-32",
        "2021-00-10", "2021-03-07-01", "-2021", "2021-", "2021--03", "20x1", "2021-03-0x", "+2021",
        "2021-+3", "١٢", "", "-", "123456789012345678901", "2021 -03", "99999999999999999-1-1",
    ])
    func sameJudgement(_ date: String) {
        #expect(DiplographModelDate.valid(date) == Self.bySplit(date))
    }
}
