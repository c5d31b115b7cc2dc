import Yams

/// Turns YAML text into a node tree, reporting malformed YAML at its line and column.
enum YAMLComposer {
    static func compose(_ yaml: String, file: String, firstLine: Int) -> Result<Node?, Diagnostic> {
        do {
            // Every value is read as text by FieldReader, so YAML's regular-expression typing of
            // each scalar (numbers, booleans, timestamps) is skipped.
            return .success(try Yams.compose(yaml: yaml, .basic))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, firstLine: firstLine))
        } catch {
            return .failure(.error("YAML cannot be read: \(error)", at: SourceLocation(file: file, line: firstLine, column: 1)))
        }
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
        }
        let hint = "check the indentation and that any value holding ': ' or starting with a special character is in quotes"
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let message = context.map { "\($0.text) \(problem)" } ?? problem
            return .error("malformed YAML: \(message)", at: at(mark), hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("field '\(duplicates.joined(separator: "', '"))' is written twice", at: at(context.mark),
                          hint: "keep one of them")
        case .reader(let problem, _, _, _):
            return .error("malformed YAML: \(problem)", at: SourceLocation(file: file, line: firstLine, column: 1), hint: hint)
        default:
            return .error("malformed YAML: \(error)", at: SourceLocation(file: file, line: firstLine, column: 1), hint: hint)
        }
    }
}
