/// Words that carry grammar rather than content. A comparative followed by one of these modifies
/// nothing ("do more when", "and more to see", "explain it better and"); followed by a content word
/// it claims something ("faster deployments", "lower costs").
public enum FunctionWords {
    public static let all: WordSet = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "than", "then", "as", "if", "when", "while",
        "because", "since", "until", "unless", "though", "although", "whether", "where", "which", "who", "whom",
        "whose", "that", "this", "these", "those", "it", "its", "it's", "they", "them", "their", "we", "us", "our",
        "you", "your", "he", "she", "him", "her", "his", "i", "me", "my", "of", "in", "on", "at", "by", "for",
        "with", "to", "from", "into", "onto", "over", "under", "about", "after", "before", "between", "through",
        "during", "without", "within", "across", "against", "along", "around", "up", "down", "out", "off", "is",
        "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "will",
        "would", "can", "could", "should", "shall", "may", "might", "must", "not", "no", "also", "too", "very",
        "often", "now", "here", "there", "again", "each", "every", "all", "any", "some", "such", "what", "how",
        "why", "etc", "e.g", "i.e",
    ]

    /// Words that set up an explicit comparison: "more YAML than Markdown", "faster compared with 2025".
    static let comparing: WordSet = ["than", "compared", "versus", "vs", "relative"]

    /// True when the sentence names what a comparative at `i` is compared with, within six words.
    public static func comparedAfter(_ tokens: TokenList, sentence: Range<Int>, at i: Int) -> Bool {
        let end = min(sentence.upperBound, i + 7)
        return (i + 1 < end) && (i + 1..<end).contains { tokens[$0].kind == .word && comparing.contains(tokens[$0]) }
    }

    /// Adverbs and adjectives by their ending ("importantly", "similar", "relevant"): after "most" they
    /// make a superlative that selects, not a quantity that claims.
    public static func looksDescriptive(_ t: borrowing Token) -> Bool {
        let k = t.key
        guard k.count > 4 else { return false }
        for suffix in ["ly", "able", "ible", "al", "ic", "ive", "ous", "ful", "ent", "ant", "ar", "ish", "less", "est"] where k.hasSuffix(suffix) {
            return true
        }
        return false
    }

    /// True when token `i + 1` exists in `sentence` and is a content word the token before it modifies.
    public static func contentWordFollows(_ tokens: TokenList, sentence: Range<Int>, after i: Int) -> Bool {
        let n = i + 1
        guard n < sentence.upperBound, tokens[n].kind == .word else { return false }
        return !all.contains(tokens[n])
    }
}
