import Foundation

@testable import SSPWikiTemplates

/// Where the specification's JSON files are, and how their data maps onto `TemplateValue`.
enum SpecificationData {
    /// The name the test's own template is registered under, beside its partials.
    static let templateName = "(template under test)"

    /// The package's root folder, worked out from this file's path.
    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// `shared/test-data/mustache-spec` beside the package root or beside one of its parents
    /// (a git worktree sits one level deeper than the clone).
    static var folder: String? {
        var directory = URL(fileURLWithPath: packageRoot)
        while directory.path != "/" {
            let candidate = directory.deletingLastPathComponent().appendingPathComponent("shared/test-data/mustache-spec").path
            if FileManager.default.fileExists(atPath: candidate + "/sections.json") { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    /// JSON data as a template value: objects as hashes, arrays as lists, `null` as null,
    /// integers as `Int`, other numbers as `Double`, `true`/`false` as `Bool`.
    static func value(_ json: Any) -> TemplateValue {
        switch json {
        case let string as String: return .string(string)
        case let object as [String: Any]: return .dictionary(object.mapValues { value($0) as Any })
        case let array as [Any]: return .list(.items(array.map { value($0) }))
        case is NSNull: return .null
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": return .bool(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        case let bool as Bool: return .bool(bool)
        default: return .other(json)
        }
    }
}
