import ArgumentParser
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "todo")
    func run() throws {}
}
