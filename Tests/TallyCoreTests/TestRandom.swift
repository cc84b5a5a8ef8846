/// Random texts for tests that compare a quick way with the long way: the same seed gives the same
/// texts on every run (a linear congruential generator; nothing here needs more).
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    /// One to `most` of `pieces` joined, each picked at random.
    mutating func text(from pieces: [String], most: Int) -> String {
        (0..<(1 + next(most))).map { _ in pieces[next(pieces.count)] }.joined()
    }
}
