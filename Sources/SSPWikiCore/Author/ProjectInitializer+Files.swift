import Foundation

extension ProjectInitializer {
    /// Every starter file by its path in the project folder, with `site.yml` filled in.
    func starterFiles(setting: String) throws -> [(String, String)] {
        var files: [(String, String)] = []
        for (path, text) in BuiltinFiles.starter.sorted(by: { $0.key < $1.key }) where !path.hasPrefix("hooks/") {
            if path == Self.contentFolder + "/site.yml" {
                files.append(
                    (
                        path,
                        try Scaffolder.fill(
                            text,
                            [
                                "settingYAML": YAMLScalar.encode(setting), "phase": options.phase.rawValue,
                                "academicYearStart": Self.academicYearStart(around: options.today).iso,
                            ], origin: ThemeFile.starterPrefix + path)
                    ))
            } else if path == "gitignore" {
                files.append((".gitignore", text))
            } else {
                files.append((path, text))
            }
        }
        return files
    }

    /// The 1 September on or before `day`: English school years start then.
    static func academicYearStart(around day: Day) -> Day {
        let year = day.month >= 9 ? day.year : day.year - 1
        return Day(year: year, month: 9, day: 1)!
    }

    /// Refuses a path that is a file, and a folder that holds anything unless `force` is set.
    func checkFolder(_ directory: String) -> Diagnostic? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return .error(
                "\(directory) is a file, not a folder", at: SourceLocation(file: directory),
                hint: "choose a new folder name for the project")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard entries.isEmpty || options.force else {
            return .error(
                "\(directory) is not empty", at: SourceLocation(file: directory),
                hint:
                    "choose a new folder name, or pass --force to add the starter files that are missing (no file is overwritten)"
            )
        }
        return nil
    }

    /// Writes `text` at `path` under the project folder unless a file is there already.
    func write(_ text: String, to path: String, report: inout Report) throws {
        let target = options.directory + "/" + path
        if FileManager.default.fileExists(atPath: target) {
            report.kept.append(path)
            return
        }
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        // `.withoutOverwriting`, so a file that appeared meanwhile is still never replaced.
        try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
        report.written.append(path)
    }

    /// The nearest folder of `path` that exists, where git can be asked about the repository.
    func existingAncestor(of path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" { url.deleteLastPathComponent() }
        return url.path
    }
}
