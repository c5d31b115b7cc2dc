// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sspwiki",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sspwiki", targets: ["sspwiki"]),
        .library(name: "SSPWikiCore", targets: ["SSPWikiCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // cmark-gfm from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "SSPWikiCore",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "sspwiki",
            dependencies: [
                "SSPWikiCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SSPWikiCoreTests",
            dependencies: ["SSPWikiCore"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
