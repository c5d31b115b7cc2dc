// swift-tools-version:5.9
import PackageDescription
let package = Package(name: "mustache-render",
  dependencies: [.package(path: "../../.build/checkouts/swift-mustache")],
  targets: [.executableTarget(name: "mustache-render", dependencies: [.product(name: "Mustache", package: "swift-mustache")])])
