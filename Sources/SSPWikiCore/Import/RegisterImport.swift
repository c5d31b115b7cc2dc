/// What `sspwiki import register` found and would write: the summary it prints and the texts
/// of the plan files, written only by `RegisterImporter.write` (never on a dry run).
package struct RegisterImport: Sendable {
    /// A draft plan made for a pupil on the register who had none.
    package struct Created: Sendable, Hashable {
        package let path: String
        package let name: String
        package let row: Int
        package let template: Scaffolder.PlanTemplate
    }

    /// A plan whose must-know fields changed.
    package struct Updated: Sendable, Hashable {
        package let path: String
        package let name: String
        package let row: Int
        /// Every field change, such as `class: Otters → Kingfishers`.
        package let changes: [String]
    }

    /// A plan whose pupil is not on the SEN register: left as it is.
    package struct Absent: Sendable, Hashable {
        package let path: String
        package let name: String
        /// `status N on row 7`, or `not in the register`.
        package let reason: String
    }

    /// A file to write: its path relative to the content folder, its text, and whether it is new.
    struct FileText: Sendable {
        let path: String
        let text: String
        let isNew: Bool
    }

    package internal(set) var created: [Created] = []
    package internal(set) var updated: [Updated] = []
    /// Paths of plans already in step with the register.
    package internal(set) var unchanged: [String] = []
    package internal(set) var notOnRegister: [Absent] = []
    /// Rows that were left alone, as warnings at their row (a plan that could be either of two,
    /// a plan that is archived, a plan that cannot be edited safely).
    package internal(set) var problems: [Diagnostic] = []
    /// The register's text encoding, in words.
    package internal(set) var encoding: String = ""
    var files: [FileText] = []

    /// True when running it again would write nothing.
    package var changesNothing: Bool { files.isEmpty }
}
