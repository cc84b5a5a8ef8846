// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "TallyYAML", dependencies: ["CYAML"]),
        .target(name: "TallyCore", dependencies: ["TallyYAML"]),
        .target(name: "TallyReports", dependencies: ["TallyCore"]),
        .executableTarget(
            name: "tally",
            dependencies: [
                "TallyCore", "TallyReports", "TallyYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TallyYAMLTests", dependencies: ["TallyYAML"], exclude: ["ExpectedFailures.txt"]),
        .testTarget(name: "TallyCoreTests", dependencies: ["TallyCore", "TallyYAML"]),
        .testTarget(name: "TallyReportsTests", dependencies: ["TallyReports", "TallyCore"]),
        // Runs the built `tally` binary; depending on it makes `swift test` build it first.
        .testTarget(name: "TallyEndToEndTests", dependencies: ["tally"]),
    ],
    swiftLanguageModes: [.v6]
)
