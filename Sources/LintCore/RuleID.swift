/// `CATEGORY/kebab-name`, the shape of every rule id, built in or from a pack: lower-case letters, digits
/// and hyphens on both sides of one slash. One check for both, so a pack rule that loads is one a
/// `.prfaq.yml` can name (a pack's `Team/x` once loaded and fired but was "unknown" to the config).
package enum RuleID {
    package static func isValid(_ id: String) -> Bool {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && parts.allSatisfy { $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } }
    }
}
