/// The kind of document, which decides which rules apply and which parts are expected.
public enum Profile: String, CaseIterable, Sendable, Codable {
    case prfaq, narrative, star

    public static let all: Set<Profile> = Set(allCases)
}
