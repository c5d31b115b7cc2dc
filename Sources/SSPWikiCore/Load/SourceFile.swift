/// What a content file is, decided by where it sits in the content folder.
package enum SourceKind: String, Sendable, Hashable, CaseIterable {
    case site, glossary, plan, indes, peass, page
}

/// A text file read from the content folder, decoded as UTF-8.
package struct SourceFile: Sendable, Hashable {
    package let path: String
    package let kind: SourceKind
    package let text: String

    package init(path: String, kind: SourceKind, text: String) {
        self.path = path
        self.kind = kind
        self.text = text
    }

    /// The id a file name gives: `plans/year-7/amy-khan.md` → `amy-khan`.
    package var id: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

/// A file under `media/`, copied into the site as it is.
package struct MediaFile: Sendable, Hashable {
    /// Path relative to the content folder (`media/amy.jpg`).
    package let path: String
    /// Absolute path of the file on disk, already checked to be inside the content folder.
    package let absolutePath: String
    package let size: Int
}

/// Everything the loader found in the content folder.
package struct LoadedContent: Sendable {
    /// Absolute path of the content folder.
    package let root: String
    package var sources: [SourceFile] = []
    package var media: [MediaFile] = []
    /// Every regular file inside the content folder (relative paths), for checking references.
    package var files: Set<String> = []
    /// Symlinks that lead outside the content folder (relative paths); never read.
    package var escapingLinks: Set<String> = []
}

/// The rules for ids in content: lowercase letters, digits and `-`, starting with a letter, at most 64.
package enum ContentID {
    package static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64,
            ("a"..."z").contains(first)
        else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Why an id is not valid, in plain English.
    package static let rule =
        "ids use lowercase letters a-z, digits 0-9 and '-', start with a letter, and are at most 64 characters"
}
