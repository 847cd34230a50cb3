/// Up to seven word sets that a dozen rules walk sentence by sentence (hedges, forms of "be", number
/// words…), marked on every word of a draft once, as its units are built: a byte a token holds one bit
/// for each set whose filter its hash passes, so a walk for a marked set reads a byte a token, eight at
/// a time, where it read each word's record, its key's hash and the set's filter (fourteen instructions a
/// word, some six walks a word on the bench drafts).
///
/// A mark says what the set's own filter says (the bit of filter position `hash & 16383`), so a walk finds
/// the same words either way; a set not marked, or marked after a draft was built, is walked as before.
public enum HotWords {
    /// For each of the 16,384 filter positions, the bits of the marked sets whose filter has it set.
    nonisolated(unsafe) static var table = [UInt8](repeating: 0, count: 16_384)
    /// The bits given out so far.
    nonisolated(unsafe) static var given: UInt8 = 0
    /// The bit that marks a figure (a number token), kept back from the sets: the figure rules walk a
    /// unit's few figures (`TokenList.indices(of: .number)`).
    static let figure: UInt8 = 0x80

    /// Marks `sets` (each once; past seven, the rest are walked as before). Called while the linter is
    /// made, before any draft is built: the table is read, unlocked, by the threads that build drafts.
    public static func mark(_ sets: [WordSet]) {
        for set in sets where set.hot.bit == 0 && given.nonzeroBitCount < 7 {
            let bit = UInt8(1) << UInt8(given.nonzeroBitCount)
            for (w, word) in set.filter.enumerated() where word != 0 {
                for b in 0..<64 where word & (1 << UInt64(b)) != 0 { table[w * 64 + b] |= bit }
            }
            given |= bit
            set.hot.bit = bit
        }
    }

    /// The marks of a run of records: for each word, the table's byte at its hash's filter position;
    /// `figure` for a number; 0 for a token of another kind.
    static func marks(_ records: [TokenRecord], hashes: [UInt32]) -> [UInt8] {
        guard given != 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: records.count) { out, n in
            table.withUnsafeBufferPointer { table in
                hashes.withUnsafeBufferPointer { hashes in
                    records.withUnsafeBufferPointer { records in
                        let number = TokenRecord.bits(of: .number)
                        for (i, r) in records.enumerated() {
                            let kind = r.bits & TokenRecord.kindMask
                            out[i] = kind == 0 ? table[Int(hashes[Int(r.keyNumber)]) & 16_383] : kind == number ? figure : 0
                        }
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
