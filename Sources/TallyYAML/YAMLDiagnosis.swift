/// Turns libyaml's terse problem strings into catalogue codes a board member can act on.
enum YAMLDiagnosis {
    static func readerError(_ problem: String, value: Int32, at place: Mark) -> YAMLError {
        if problem.contains("UTF-8") || problem.contains("utf-8") {
            let byte = value >= 0 ? "0x" + String(value, radix: 16, uppercase: true) : "?"
            return YAMLError("not-utf8", ["byte": byte], at: place)
        }
        if problem.contains("control characters") { return YAMLError("control-character", at: place) }
        return YAMLError("read-error", ["detail": problem], at: place)
    }

    static func syntaxError(_ problem: String, context: String?, contextMark: Mark?, at place: Mark, line: String?) -> YAMLError {
        let character = line.flatMap { text -> Character? in
            let characters = Array(text)
            return place.column - 1 < characters.count && place.column >= 1 ? characters[place.column - 1] : nil
        }
        if problem.contains("tab character") || (problem.contains("cannot start any token") && character == "\t") {
            return YAMLError("tab-indentation", at: place)
        }
        if problem.contains("cannot start any token"), let character {
            return YAMLError("value-needs-quotes", ["character": String(character)], at: place)
        }
        if problem.contains("mapping values are not allowed") { return YAMLError("colon-in-value", at: place) }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return YAMLError("bad-indentation", at: place)
        }
        if problem.contains("found unexpected end of stream") {
            return YAMLError("unclosed-value", at: place, note: contextMark)
        }
        if problem.contains("did not find expected <document start>") { return YAMLError("document-end-marker", at: place) }
        if problem.contains("could not find expected ':'") { return YAMLError("missing-colon", at: place) }
        let detail = context.map { "\(problem) (\($0))" } ?? problem
        return YAMLError("invalid-yaml", ["detail": detail], at: place)
    }
}
