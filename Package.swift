// swift-tools-version:6.0
import PackageDescription

// `SSPWIKI_FUZZ=1 swift build --scratch-path .build-fuzz --product fuzz-…` (scripts/fuzz) adds the
// libFuzzer targets under Fuzz/ and instruments the library for coverage; an ordinary build
// has neither.
let fuzzing = Context.environment["SSPWIKI_FUZZ"] == "1"
let fuzzTargets: [Target] =
    !fuzzing
    ? []
    : [
        .target(name: "FuzzDriver", path: "Fuzz/Sources/FuzzDriver")
    ]
        + ["fuzz-front-matter", "fuzz-markdown", "fuzz-glossary", "fuzz-review"].map {
            .executableTarget(
                name: $0, dependencies: ["SSPWikiCore", "FuzzDriver"], path: "Fuzz/Sources/\($0)",
                swiftSettings: [.unsafeFlags(["-sanitize=fuzzer", "-parse-as-library"])],
                linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])])
        }

let package = Package(
    name: "sspwiki",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sspwiki", targets: ["sspwiki"]),
        .library(name: "SSPWikiCore", targets: ["SSPWikiCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
    ],
    targets: [
        // cmark-gfm from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev. Its module
        // map names no library: the library target links Debian's static archives by name, so
        // the tool needs no cmark-gfm on the machine it runs on.
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The compiled Mustache engine the theme renders with (templates compiled once at load).
        .target(name: "SSPWikiTemplates"),
        // libyaml from Debian's libyaml-dev (pkg-config yaml-0.1), linked from its static archive
        // in the same way; no `pkgConfig:` here, as that would add `-lyaml` (the shared library).
        // The front matter is read from its parser's events (Parse/YAMLComposer.swift).
        .systemLibrary(
            name: "CYAML",
            providers: [.apt(["libyaml-dev"])]
        ),
        // mimalloc's header (Debian's libmimalloc-dev), for the tool's allocator options only
        // (Sources/sspwiki/AllocatorTuning.swift); the library itself is linked by `sspwiki`.
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        .target(
            name: "SSPWikiCore",
            dependencies: [
                "CCmarkGFM",
                "SSPWikiTemplates",
                "CYAML",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : [],
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-Xlinker", "-l:libcmark-gfm-extensions.a", "-Xlinker", "-l:libcmark-gfm.a",
                        "-Xlinker", "-l:libyaml.a",
                    ],
                    .when(platforms: [.linux])),
                .linkedLibrary("cmark-gfm-extensions", .when(platforms: [.macOS])),
                .linkedLibrary("cmark-gfm", .when(platforms: [.macOS])),
                .linkedLibrary("yaml", .when(platforms: [.macOS])),
            ],
            plugins: ["EmbedBuiltinFiles"]
        ),
        // The build tool that turns themes/default/ and starter/ into BuiltinFiles.swift.
        .executableTarget(name: "sspwiki-embed", path: "Sources/sspwiki-embed"),
        .plugin(name: "EmbedBuiltinFiles", capability: .buildTool(), dependencies: ["sspwiki-embed"]),
        // The development server for `sspwiki serve`: builds in memory, watches, live-reloads.
        .target(
            name: "SSPWikiServer",
            dependencies: [
                "SSPWikiCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "sspwiki",
            dependencies: [
                "SSPWikiCore",
                "SSPWikiServer",
                .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the tool: parsing
            // and rendering allocate millions of small strings, and glibc's allocator slows
            // down and fragments as the heap grows (BENCHMARKS.md: about a fifth less CPU and
            // memory on 2,000 plans).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "SSPWikiTemplatesTests",
            dependencies: ["SSPWikiTemplates"]
        ),
        // swift-mustache only for the differential test: every page of the demo site rendered by
        // both engines must be byte-identical.
        .testTarget(
            name: "SSPWikiCoreTests",
            dependencies: ["SSPWikiCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(
            name: "SSPWikiServerTests",
            dependencies: ["SSPWikiServer", "SSPWikiCore"]
        ),
    ] + fuzzTargets,
    swiftLanguageModes: [.v6]
)
