import Testing
import VerityDocument
import VerityText
@testable import VerityCheck

/// A figure worked out from two that stand together is neither a mismatch nor unsourced; a figure that only happens to
/// be the sum of two a source holds still is.
@Suite("worked-out figures") struct DerivationTests {
    static let budget = "Snow and ice spending in FY2025 was $14.6 million, against a budget of $11.2 million."

    @Test(arguments: [
        // from the article's own sentence: a difference, a change in percent, a share
        ("The city spent $14.6 million against a budget of $11.2 million, $3.4 million over.", "$3.4 million"),
        ("Tuition will rise to $11,746 from $11,240, an increase of 4.5 percent.", "4.5 percent"),
        ("The fee is $5.50 on a $46 ticket, or nearly 12 percent.", "12 percent"),
        // from one source sentence, when the article says it worked the figure out
        ("The department spent $3.4 million more than it had budgeted.", "$3.4 million"),
        // a change named by a noun of movement before "of"
        ("Snow and ice spending in FY2025 showed an increase of about 30 percent over budget.", "30 percent"),
        // a gap from a goal: "short of"; a gap above or below another figure
        ("Snow and ice spending in FY2025 was $3.4 million short of matching the budget.", "$3.4 million"),
        ("Snow and ice spending in FY2025 came in $3.4 million above the budget.", "$3.4 million"),
    ])
    func aWorkedOutFigureIsNoFinding(_ article: String, _ figure: String) throws {
        let f = try check(article, [Self.budget])
        #expect(!f.contains { $0.excerpt.contains(figure) && $0.severity != .info }, "\(f.map(\.message))")
    }

    @Test(arguments: [
        // a sum of a source's figures without a word that says so is a coincidence, not a derivation
        ("The hourly rate downtown will be $3.50, the city said.", "Rates are $1.50 in Zone B and $2.00 downtown."),
        // a word of a compound is no word of comparison ("short-term")
        (
            "The city issued 45 short-term rental permits this year.",
            "The city issued 120 short-term rental permits this year, 75 of them downtown."
        ),
        // a share that no word of the article works out from a source pair
        (
            "Turnout was 78 percent of registered voters.",
            "Of the 67 percent who voted early, 52 percent mailed ballots."
        ),
    ])
    func aCoincidentSumIsNoDerivation(_ article: String, _ source: String) throws {
        let f = try check(article, [source])
        #expect(f.contains { $0.rule.hasPrefix("number.") && $0.severity != .info }, "\(f.map(\.message))")
    }

    /// A figure exact to five digits or more is worked out from any two figures of one source; a rounder one, or one
    /// a digit off, is not.
    @Test(arguments: [
        ("She was left with a restitution balance of $429,312.", false),
        ("She was left with a restitution balance of $429,321.", true),
        ("She was left with a restitution balance of $430,000.", true),
    ])
    func aPreciseFigureIsWorkedOutFromAnyPair(_ article: String, _ flagged: Bool) throws {
        let source = """
            Restitution paid before plea: $58,000.

            - Full restitution of $487,312 to the township, less amounts already paid.
            """
        let f = try check(article, [source])
        #expect(f.contains { $0.rule.hasPrefix("number.") && $0.severity != .info } == flagged, "\(f.map(\.message))")
    }

    /// A sum of the rows a name picks out of a column is worked out from them; another sum, or the sum of every row,
    /// is not.
    @Test(arguments: [
        ("Brackenridge's two hospitals account for 580 of those beds.", false),
        ("Brackenridge's two hospitals account for 590 of those beds.", true),
        ("Mercy Vale's two hospitals account for 505 of those beds.", false),
        ("Mercy Vale's two hospitals account for 1,600 of those employees.", true),
    ])
    func aSumOfNamedRowsIsWorkedOut(_ article: String, _ flagged: Bool) throws {
        let table = """
            | Hospital | Licensed beds | Employees |
            |---|---:|---:|
            | Brackenridge Medical Center | 412 | 3,600 |
            | Brackenridge North | 168 | 1,350 |
            | Mercy Vale Hospital | 355 | 3,200 |
            | Mercy Vale Community Hospital | 150 | 1,250 |
            """
        let f = try check(article, [table])
        #expect(f.contains { $0.rule.hasPrefix("number.") && $0.severity != .info } == flagged, "\(f.map(\.message))")
    }

    /// A share of two counts a source gives on lines of their own, each named in the article's sentence; not one the
    /// sentence does not name, nor another share.
    @Test(arguments: [
        ("Just over two in five registered voters cast a ballot.", false),
        ("Just over three in five registered voters cast a ballot.", true),
        ("Just over two in five residents own a car.", true),
    ])
    func aShareOfNamedCountsIsWorkedOut(_ article: String, _ flagged: Bool) throws {
        let source = "Precincts reporting: 88 of 88\nRegistered voters: 91,690\nBallots cast: 38,235\n"
        let f = try check(article, [source])
        #expect(f.contains { $0.rule.hasPrefix("number.") && $0.severity != .info } == flagged, "\(f.map(\.message))")
    }

    @Test func aSmallCountIsNotWorkedOut() throws {
        // 7 is 4 + 3, but small counts add up by chance; 700 is 400 + 300
        let src = try Document(
            path: "s.md", text: "There were 400 fans and 300 staff, 4 cars and 3 vans.", format: .markdown)
        let art = try Document(path: "a.md", text: "They counted 700 people and 7 vehicles.", format: .markdown)
        let qs = Extraction(src).quantities
        let mine = Extraction(art).quantities
        let seven = try #require(mine.first { $0.value == 7 })
        let sevenHundred = try #require(mine.first { $0.value == 700 })
        let all: Set<Derivation.Operation> = [.sum, .difference]
        #expect(Derivation.pair(in: qs, giving: 7, "count", seven, source: 0, all) == nil)
        #expect(Derivation.pair(in: qs, giving: 700, "count", sevenHundred, source: 0, all)?.operation == .sum)
    }

    /// "Nearly 4 feet above flood stage": the article's crest less a level a source names; a wrong gap still differs.
    @Test(arguments: [("nearly 4 feet", false), ("nearly 6 feet", true)])
    func aGapFromANamedLevelIsWorkedOut(_ gap: String, _ flagged: Bool) throws {
        let f = try check(
            "The creek crested early Tuesday at 14.8 feet, \(gap) above flood stage.",
            ["Tamsin Creek at Millbrook — flood stage: 11.0 ft\n\nTamsin Creek at Millbrook — crest: 14.8 ft"])
        #expect(f.contains { $0.excerpt.contains(gap) && $0.severity != .info } == flagged, "\(f.map(\.message))")
    }

    /// "Together with recovery housing, that comes to $1.14 million": the article's figure before it and the source's
    /// row the sentence names, added up.
    @Test(arguments: [("$1.14 million", false), ("$1.24 million", true)])
    func aSumWithANamedPartIsWorkedOut(_ sum: String, _ flagged: Bool) throws {
        let f = try check(
            "Treatment services will get $760,000. Together with recovery housing, that comes to \(sum).",
            ["| Category | Amount ($) |\n|---|---:|\n| Treatment services | 760,000 |\n| Recovery housing | 380,000 |"])
        #expect(f.contains { $0.excerpt.contains(sum) && $0.severity != .info } == flagged, "\(f.map(\.message))")
    }
}
