/// What `sspwiki import register` found and would write: the summary it prints and the texts
/// of the plan files, written only by `RegisterImporter.write` (never on a dry run).
public struct RegisterImport: Sendable {
    /// A draft plan made for a pupil on the register who had none.
    public struct Created: Sendable, Hashable {
        public let path: String
        public let name: String
        public let row: Int
        public let template: Scaffolder.PlanTemplate
    }

    /// A plan whose must-know fields changed.
    public struct Updated: Sendable, Hashable {
        public let path: String
        public let name: String
        public let row: Int
        /// Every field change, such as `class: Otters → Kingfishers`.
        public let changes: [String]
    }

    /// A plan whose pupil is not on the SEN register: left as it is.
    public struct Absent: Sendable, Hashable {
        public let path: String
        public let name: String
        /// `status N on row 7`, or `not in the register`.
        public let reason: String
    }

    /// A file to write: its path relative to the content folder, its text, and whether it is new.
    struct FileText: Sendable {
        let path: String
        let text: String
        let isNew: Bool
    }

    public internal(set) var created: [Created] = []
    public internal(set) var updated: [Updated] = []
    /// Paths of plans already in step with the register.
    public internal(set) var unchanged: [String] = []
    public internal(set) var notOnRegister: [Absent] = []
    /// Rows that were left alone, as warnings at their row (a plan that could be either of two,
    /// a plan that is archived, a plan that cannot be edited safely).
    public internal(set) var problems: [Diagnostic] = []
    /// The register's text encoding, in words.
    public internal(set) var encoding: String = ""
    var files: [FileText] = []

    /// True when running it again would write nothing.
    public var changesNothing: Bool { files.isEmpty }
}
