import Foundation

/// Finds a plan's file by its id anywhere under `plans/` (ids are unique across the tree).
enum PlanFile {
    /// The path relative to the content folder, such as `plans/primary/amy-khan.md`.
    static func find(_ id: String, in content: String) -> String? {
        guard let enumerator = FileManager.default.enumerator(atPath: content + "/plans") else { return nil }
        while let rel = enumerator.nextObject() as? String {
            if rel == "\(id).md" || rel.hasSuffix("/\(id).md") { return "plans/" + rel }
        }
        return nil
    }
}
