/// Long runs of plain arguments (file names) handed to the argument parser as one stand-in each, and put back after
/// parsing. swift-argument-parser 1.8 spends time growing with the square of a list's length on a repeated argument
/// (each value merges the origins of every earlier one, and each is removed from the list of arguments left): 10,000
/// file names for `source add` cost it about 4 s of one core before any file is read. The commands that take such
/// lists (`extract`, `source add`, `check`) see the same values, in the same order, as when parsed one by one.
struct ArgumentRuns {
    /// The plain arguments each stand-in replaces, by its number.
    private(set) var runs: [[String]] = []

    /// The commands whose lists may be long; each puts the runs back (`ExpandsArgumentRuns`).
    static let commands: [[String]] = [["extract"], ["source", "add"], ["check"]]
    /// Runs no longer than this are left as they are.
    static let shortest = 64
    static let mark = "\u{1}verity-arguments-"

    /// The arguments with every long run of plain ones (not starting with "-"), after its first, replaced by one
    /// stand-in. A run's first argument may be an option's value; the others are values of a repeated argument or
    /// option (a list), where the stand-in takes their place. Nothing is replaced after "--", nor for other commands,
    /// nor when an argument already holds the stand-ins' mark.
    static func collapse(_ arguments: [String]) -> (arguments: [String], runs: ArgumentRuns) {
        var runs = ArgumentRuns()
        guard let command = commands.first(where: { arguments.starts(with: $0) }),
            !arguments.contains(where: { $0.hasPrefix(mark) })
        else { return (arguments, runs) }
        var out = Array(arguments.prefix(command.count))
        var i = command.count
        while i < arguments.count {
            if arguments[i] == "--" { out += arguments[i...]; break }
            var end = i
            while end < arguments.count, !arguments[end].hasPrefix("-") { end += 1 }
            if end - i > shortest {
                out.append(arguments[i])
                out.append(mark + String(runs.runs.count))
                runs.runs.append(Array(arguments[(i + 1)..<end]))
                i = end
            } else {
                out.append(arguments[i])
                i += 1
            }
        }
        return (out, runs)
    }

    /// A parsed list with each stand-in replaced by the arguments it stood for.
    func expand(_ values: [String]) -> [String] {
        guard !runs.isEmpty else { return values }
        return values.flatMap { v -> [String] in
            guard v.hasPrefix(Self.mark), let n = Int(v.dropFirst(Self.mark.count)), runs.indices.contains(n) else {
                return [v]
            }
            return runs[n]
        }
    }
}

/// A command whose lists of arguments may hold stand-ins of `ArgumentRuns`.
protocol ExpandsArgumentRuns {
    mutating func expand(_ runs: ArgumentRuns)
}

extension Extract: ExpandsArgumentRuns {
    mutating func expand(_ runs: ArgumentRuns) { files = runs.expand(files) }
}

extension SourceCommand.Add: ExpandsArgumentRuns {
    mutating func expand(_ runs: ArgumentRuns) { files = runs.expand(files) }
}

extension Check: ExpandsArgumentRuns {
    mutating func expand(_ runs: ArgumentRuns) {
        articles = runs.expand(articles)
        sources = runs.expand(sources)
    }
}
