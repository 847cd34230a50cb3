/// Plain filler for rule examples that need a long draft: short active sentences whose every five-word
/// window differs (the four word lists have coprime lengths), in paragraphs of a dozen sentences, so
/// the padding itself trips no rule and the example shows only what it is about.
enum ExampleProse {
    static let names = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"]
    static let verbs = ["buys", "stores", "orders", "needs", "keeps", "lists", "finds"]
    static let items = ["rice", "oats", "coffee", "tea", "flour", "beans", "soap", "milk", "eggs", "pasta", "salt"]
    static let times = ["daily", "weekly", "often", "early", "late", "twice", "again", "first", "last", "today",
                        "tonight", "now", "later"]

    /// `count` sentences, a blank line after every twelfth.
    static func sentences(_ count: Int) -> String {
        var out = ""
        for i in 0..<count {
            out += "\(names[i % names.count]) \(verbs[i % verbs.count]) \(items[i % items.count]) \(times[i % times.count])."
            out += (i + 1) % 12 == 0 ? "\n\n" : " "
        }
        return out
    }
}
