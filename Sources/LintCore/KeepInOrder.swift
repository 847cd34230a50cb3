extension Array {
    /// Keeps the elements `keep` accepts, in their order, asking it of each element once and in order (the
    /// deduplication and suppression that call it remember what they have seen); no second array.
    mutating func keepInOrder(_ keep: (Element) throws -> Bool) rethrows {
        var kept = 0
        for i in indices where try keep(self[i]) {
            if i != kept { swapAt(kept, i) }
            kept += 1
        }
        removeLast(count - kept)
    }
}
