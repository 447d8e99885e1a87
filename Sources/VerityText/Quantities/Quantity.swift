/// How a quantity is hedged.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case exact
    case approximate
    case atLeast = "at least"
    case moreThan = "more than"
    case atMost = "at most"
    case lessThan = "less than"
}

/// A number with its unit and what it counts or measures.
public struct Quantity: Sendable, Equatable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var value: Double
    public var unit: String?
    public var subject: String?
    public var qualifier: Qualifier
    /// Where the number itself is written (without qualifier and subject).
    public var numberStart: Int
    public var numberEnd: Int
    /// The rounding step the written form implies (`1.27 million` → 10,000; `38` → 1).
    public var granularity: Double
    /// Written in words ("two sides", "a four-hour meeting"): rarely a figure anyone needs to check.
    public var inWords: Bool = false
    /// In a table cell: its row's and column's headers, which say what the figure measures.
    public var header: String? = nil
    /// The pattern that read it ("quantity.money", "quantity.count"; "table.cell" for a figure in a table).
    public var rule: String = "quantity.number"

    /// A figure worth checking against the sources: written in digits.
    public var isCheckable: Bool { !inWords }

    /// Its header names a per-share row ("Diluted EPS", "Earnings per share").
    public var inPerShareRow: Bool { header.map(TableScale.isPerShare) ?? false }
}
