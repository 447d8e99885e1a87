// swift-tools-version:6.1
import Foundation
import PackageDescription

let package = Package(
    name: "Verity",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "verity", targets: ["verity"]),
        .library(name: "VerityCheck", targets: ["VerityCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // the PostgreSQL store (VerityLedgerPostgres): the client, its event loops, TLS and a logger kept silent
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Decoded text, front matter, markup blanking and offsets; one reader per file format (PDF through
        // poppler's pdftotext and pdfinfo, Word through ZIPFoundation and FoundationXML, saved web pages through
        // libxml2's HTML parser, subtitles, e-mail).
        // The only file reading below the CLI.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "VerityDocument", dependencies: [
            "CLibXML2",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Pure analysis: quotes and speakers, quantities, dates.
        .target(name: "VerityText", dependencies: ["VerityDocument"]),
        // The claims ledger: GRDB records, migrations, queries, FTS5.
        .target(name: "VerityLedger", dependencies: [
            "VerityDocument",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The PostgreSQL store of the same ledger protocol, for a desk sharing one ledger.
        .target(name: "VerityLedgerPostgres", dependencies: [
            "VerityDocument", "VerityLedger",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Evidence retrieval and rules → [Finding]: pure, no ledger.
        .target(name: "VerityCheck", dependencies: ["VerityDocument", "VerityText"]),
        // Ledger-driven checking: claims and evidence against the rules, sources from the ledger, findings stored.
        .target(name: "VerityDesk", dependencies: [
            "VerityDocument", "VerityText", "VerityLedger", "VerityCheck", .product(name: "Yams", package: "Yams"),
        ]),
        // One formatter per output format.
        .target(name: "VerityReport", dependencies: ["VerityDocument", "VerityText", "VerityLedger", "VerityCheck"]),
        .executableTarget(name: "verity", dependencies: [
            "VerityDocument", "VerityText", "VerityLedger", "VerityLedgerPostgres", "VerityCheck", "VerityDesk",
            "VerityReport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks: extraction throughput (scripts/bench.sh runs it with the check benchmark).
        .executableTarget(name: "verity-bench", dependencies: ["VerityDocument", "VerityText"]),
        // What each fuzz target does with an input, shared by the fuzz targets and their regression tests.
        .target(name: "VerityFuzzing", dependencies: ["VerityDocument", "VerityText", "VerityCheck", "VerityReport"]),
        .testTarget(name: "VerityFuzzingTests", dependencies: ["VerityFuzzing"]),
        // Sources in every format Verity reads, made at test time (a PDF written by hand, a .docx zipped).
        .target(name: "FormatFixtures", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
                path: "Tests/FormatFixtures"),
        .testTarget(name: "VerityDocumentTests", dependencies: ["VerityDocument", "FormatFixtures"]),
        .testTarget(name: "VerityTextTests", dependencies: ["VerityDocument", "VerityText"]),
        .testTarget(name: "VerityLedgerTests", dependencies: ["VerityDocument", "VerityLedger", "VerityLedgerPostgres"]),
        .testTarget(name: "VerityCheckTests", dependencies: ["VerityDocument", "VerityText", "VerityLedger", "VerityCheck", "VerityDesk"]),
        .testTarget(name: "VerityReportTests", dependencies: ["VerityDocument", "VerityLedger", "VerityCheck", "VerityDesk", "VerityReport"]),
        .testTarget(name: "VerityCLITests", dependencies: [
            "verity", "FormatFixtures", "VerityLedger", "VerityLedgerPostgres",
            .product(name: "GRDB", package: "GRDB.swift"), // GRDB makes other applications' databases
        ]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (scripts/fuzz.sh), declared only when VERITY_FUZZ is set: `swift build`, `swift test` and CI never
// see them. Each is built with `-sanitize=fuzzer,address`; its corpus is kept in Tests/FuzzCorpus/<target>/.
if ProcessInfo.processInfo.environment["VERITY_FUZZ"] != nil {
    for name in ["FuzzDocument", "FuzzExtract", "FuzzCheck"] {
        package.targets.append(.executableTarget(name: name, dependencies: ["VerityFuzzing"], path: "Fuzz/\(name)",
                                                 swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
