import ArgumentParser
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "todo")
    func run() throws {}
}
