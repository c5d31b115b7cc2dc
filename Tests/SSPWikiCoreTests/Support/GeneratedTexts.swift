/// Texts made of pieces picked by a fixed linear congruential sequence: many arrangements of the
/// characters a test cares about, and the same ones on every run.
struct GeneratedTexts {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    /// `count` texts, each of up to `longest` pieces.
    mutating func texts(_ count: Int, of pieces: [String], longest: Int) -> [String] {
        (0..<count).map { _ in (0..<next(longest + 1)).map { _ in pieces[next(pieces.count)] }.joined() }
    }
}
