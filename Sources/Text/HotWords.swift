/// Up to seven word sets that a dozen rules walk sentence by sentence (hedges, forms of "be", number
/// words…), marked on every word of a draft once, as its units are built: a byte a token holds one bit
/// for each set that holds its key, so a walk for a marked set reads a byte a token, eight at a time,
/// where it read each word's record, its key's hash and the set's filter, and asked the set of each word
/// the filter passed (some six walks a word on the bench drafts).
///
/// A key's marks are worked out once, when a key table first meets it (`KeyTable.marks`): a thread's
/// table is lent from draft to draft, so most words of a draft have theirs already. A set not marked, or
/// marked after a draft was built, is walked as before.
public enum HotWords {
    /// The marked sets, in the order their bits were given.
    nonisolated(unsafe) static var sets: [WordSet] = []
    /// The bits given out so far.
    nonisolated(unsafe) static var given: UInt8 = 0
    /// The bit that marks a figure (a number token), kept back from the sets: the figure rules walk a
    /// unit's few figures (`TokenList.indices(of: .number)`).
    static let figure: UInt8 = 0x80

    /// Marks `sets` (each once; past seven, the rest are walked as before). Called while the linter is
    /// made, before any draft is built: the sets are read, unlocked, by the threads that build drafts.
    public static func mark(_ sets: [WordSet]) {
        for set in sets where set.hot.bit == 0 && given.nonzeroBitCount < 7 {
            set.hot.bit = UInt8(1) << UInt8(given.nonzeroBitCount)
            given |= set.hot.bit
            Self.sets.append(set)
        }
    }

    /// The bits of the marked sets that hold `key`.
    static func marks(ofKey key: String, hash: Int) -> UInt8 {
        var m: UInt8 = 0
        for set in sets where set.contains(key, hash: hash) { m |= set.hot.bit }
        return m
    }

    /// The marks of a run of records: for each word, its key's marks; `figure` for a number; 0 for a token
    /// of another kind.
    static func marks(_ records: [TokenRecord], keyMarks: [UInt8]) -> [UInt8] {
        guard given != 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: records.count) { out, n in
            keyMarks.withUnsafeBufferPointer { keyMarks in
                records.withUnsafeBufferPointer { records in
                    let number = TokenRecord.bits(of: .number)
                    for (i, r) in records.enumerated() {
                        let kind = r.bits & TokenRecord.kindMask
                        out[i] = kind == 0 ? keyMarks[Int(r.keyNumber)] : kind == number ? figure : 0
                    }
                }
            }
            n = records.count
        }
    }
}

/// A word set's mark bit (0 for none): a reference, so every copy of a set sees the bit it was given.
@usableFromInline
final class HotSlot: @unchecked Sendable {
    var bit: UInt8 = 0
}
