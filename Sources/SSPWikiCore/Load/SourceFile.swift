/// What a content file is, decided by where it sits in the content folder.
public enum SourceKind: String, Sendable, Hashable, CaseIterable {
    case site, glossary, plan, indes, peass, page
}

/// A text file read from the content folder, decoded as UTF-8.
public struct SourceFile: Sendable, Hashable {
    public let path: String
    public let kind: SourceKind
    public let text: String

    public init(path: String, kind: SourceKind, text: String) {
        self.path = path
        self.kind = kind
        self.text = text
    }

    /// The id a file name gives: `plans/year-7/amy-khan.md` → `amy-khan`.
    public var id: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

/// A file under `media/`, copied into the site as it is.
public struct MediaFile: Sendable, Hashable {
    /// Path relative to the content folder (`media/amy.jpg`).
    public let path: String
    /// Absolute path of the file on disk, already checked to be inside the content folder.
    public let absolutePath: String
    public let size: Int
}

/// Everything the loader found in the content folder.
public struct LoadedContent: Sendable {
    /// Absolute path of the content folder.
    public let root: String
    public var sources: [SourceFile] = []
    public var media: [MediaFile] = []
    /// Every regular file inside the content folder (relative paths), for checking references.
    public var files: Set<String> = []
    /// Symlinks that lead outside the content folder (relative paths); never read.
    public var escapingLinks: Set<String> = []
}

/// The rules for ids in content: lowercase letters, digits and `-`, starting with a letter, at most 64.
public enum ContentID {
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64,
              ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Why an id is not valid, in plain English.
    public static let rule = "ids use lowercase letters a-z, digits 0-9 and '-', start with a letter, and are at most 64 characters"
}
