/// Turns libyaml's terse problem strings into messages a board member can act on.
enum YAMLDiagnosis {
    static func readerError(_ problem: String, value: Int32, at place: Mark) -> YAMLError {
        if problem.contains("UTF-8") || problem.contains("utf-8") {
            let byte = value >= 0 ? " (byte 0x" + String(value, radix: 16, uppercase: true) + ")" : ""
            return YAMLError("the file is not valid UTF-8\(byte)", at: place,
                             fix: "save the file with UTF-8 encoding (in the editor: \"Save with encoding: UTF-8\")")
        }
        if problem.contains("control characters") {
            return YAMLError("the file contains a control character, so it is not a text file", at: place,
                             fix: "check that this is the right file; YAML files are plain UTF-8 text")
        }
        if problem.contains("input error") {
            return YAMLError("the file could not be read (an input error)", at: place, fix: "check the disk, or copy the file again")
        }
        return YAMLError("cannot read the file: \(problem)", at: place, fix: "save the file as plain UTF-8 text")
    }

    static func syntaxError(_ problem: String, context: String?, contextMark: Mark?, at place: Mark, line: String?) -> YAMLError {
        let character = line.flatMap { text -> Character? in
            let characters = Array(text)
            return place.column - 1 < characters.count && place.column >= 1 ? characters[place.column - 1] : nil
        }
        if problem.contains("tab character") || (problem.contains("cannot start any token") && character == "\t") {
            return YAMLError("a tab character cannot indent YAML", at: place,
                             fix: "replace the tab with spaces (two spaces per level)")
        }
        if problem.contains("cannot start any token"), let character {
            return YAMLError("\"\(character)\" cannot start a value", at: place,
                             fix: "put the value in quotes: \"...\"")
        }
        if problem.contains("mapping values are not allowed") {
            return YAMLError("\": \" starts a new key in the middle of a value", at: place,
                             fix: "put the whole value in quotes, e.g. title: \"Hội nghị: tổng kết\"")
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return YAMLError("this line is not indented like the lines of the same list or mapping", at: place,
                             fix: "align it with the keys above it, using spaces")
        }
        if problem.contains("found unexpected end of stream") {
            let opener = contextMark.map { " opened at line \($0.line), column \($0.column)" } ?? ""
            return YAMLError("the file ends inside a value\(opener)", at: place,
                             fix: "close the quote or bracket that was opened")
        }
        if problem.contains("did not find expected <document start>") {
            return YAMLError("more text follows the end of the document (\"...\" or a second document)", at: place,
                             fix: "remove the \"...\" line so everything forms one list; Tally reads one document per file")
        }
        if problem.contains("could not find expected ':'") {
            return YAMLError("a key is missing its \":\"", at: place, fix: "write \"key: value\", with a space after the colon")
        }
        let detail = context.map { "\(problem) (\($0))" } ?? problem
        return YAMLError("invalid YAML: \(detail)", at: place, fix: "check the indentation, quotes and brackets on this line and the one above")
    }
}
