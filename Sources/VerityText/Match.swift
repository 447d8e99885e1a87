/// What a pattern read and the index of the first token after it, instead of a bare `(value, next index)` pair.
struct Match<T> {
    let value: T
    /// The index of the token after the words read.
    let end: Int

    init(_ value: T, end: Int) {
        self.value = value
        self.end = end
    }
}
