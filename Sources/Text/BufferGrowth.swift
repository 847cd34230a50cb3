extension UnsafeMutablePointer {
    /// The growth step of the buffers that append without an array's tests (the tokenizer's records, the
    /// JSON writer's bytes): moves the first `count` elements into new memory with room for `needed`, or
    /// twice `capacity` when that is more, and frees this memory. Returns the new memory and its room.
    @inlinable package func moved(count: Int, capacity: Int, toHold needed: Int) -> (UnsafeMutablePointer<Pointee>, Int) {
        let grown = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<Pointee>.allocate(capacity: grown)
        moved.moveInitialize(from: self, count: count)
        deallocate()
        return (moved, grown)
    }
}
