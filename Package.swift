// swift-tools-version:6.0
import PackageDescription

// Release builds of the layers that read and evaluate records skip the run-time exclusivity
// checks: a tenth of a check's time went to them (issue 9). Debug builds, which run the tests,
// keep them, so an overlapping access still traps there.
let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "Tally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
        .executable(name: "tally-benchmark", targets: ["TallyBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "TallyYAML", dependencies: ["CYAML"], swiftSettings: releaseSpeed),
        // Accounts live in Core (one place decides every permission): bcrypt for passwords, SHA-256 for tokens.
        .target(
            name: "TallyCore",
            dependencies: [
                "TallyYAML",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: releaseSpeed
        ),
        .target(name: "TallyReports", dependencies: ["TallyCore"], swiftSettings: releaseSpeed),
        // The web server of `tally serve`: routes grouped by page, API and accounts, over Core and Reports;
        // MultipartKit reads the record form's evidence files.
        .target(
            name: "TallyServer",
            dependencies: [
                "TallyCore", "TallyReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ]
        ),
        .executableTarget(
            name: "tally",
            dependencies: [
                "TallyCore", "TallyReports", "TallyYAML", "TallyServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The benchmark: libyaml's raw scan (plain C) against `tally check`, side by side.
        .target(name: "CLibYAMLScan", linkerSettings: [.linkedLibrary("yaml")]),
        .executableTarget(name: "TallyBenchmark", dependencies: ["CLibYAMLScan"]),
        .testTarget(name: "TallyYAMLTests", dependencies: ["TallyYAML"], exclude: ["ExpectedFailures.txt"]),
        .testTarget(name: "TallyCoreTests", dependencies: ["TallyCore", "TallyYAML"]),
        .testTarget(name: "TallyReportsTests", dependencies: ["TallyReports", "TallyCore"]),
        .testTarget(
            name: "TallyServerTests",
            dependencies: [
                "TallyServer", "TallyCore", "TallyReports",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        // Runs the built `tally` binary; depending on it makes `swift test` build it first.
        .testTarget(name: "TallyEndToEndTests", dependencies: ["tally"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
