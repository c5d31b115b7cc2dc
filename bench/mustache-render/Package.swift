// swift-tools-version:5.9
import PackageDescription
// Sources/SSPWikiTemplates is a symbolic link to the repository's engine, so this package
// builds only it and swift-mustache, not the whole tool.
let package = Package(name: "mustache-render",
  dependencies: [.package(path: "../../.build/checkouts/swift-mustache")],
  targets: [
    .target(name: "SSPWikiTemplates"),
    .executableTarget(name: "mustache-render", dependencies: [
      "SSPWikiTemplates", .product(name: "Mustache", package: "swift-mustache")]),
  ])
