extension Array {
    /// Keeps the elements `keep` accepts, in their order, asking it of each element once and in order (the
    /// deduplication and suppression that call it remember what they have seen); no second array. Read and
    /// moved through the buffer: an array's read and swap copied each finding, a retain and a release of
    /// each of its strings.
    mutating func keepInOrder(_ keep: (Element) throws -> Bool) rethrows {
        let kept = try withUnsafeMutableBufferPointer { b -> Int in
            var kept = 0
            for i in b.indices where try keep(b[i]) {
                if i != kept { b.swapAt(kept, i) }
                kept += 1
            }
            return kept
        }
        removeLast(count - kept)
    }
}
