/// Parses the expression language of `where` and `that`.
///
/// Grammar: `or := and ("or" and)*`, `and := unary ("and" unary)*`,
/// `unary := "not" unary | "(" or ")" | operand [op operand | "in" list-or-roster | "contains" operand]`.
public struct ExpressionParser {
    /// A syntax error at a 0-based character offset inside the expression.
    public struct Failure: Error, Sendable, Equatable {
        public var code: DiagnosticCode
        public var arguments: [String: LocalizedText]
        public var offset: Int

        init(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:], offset: Int) {
            self.code = code
            self.arguments = arguments
            self.offset = offset
        }
    }

    enum Token: Equatable {
        case word(String), string(String), number(String), symbol(String), end
    }

    private var tokens: [(token: Token, offset: Int)] = []
    private var position = 0
    private var depth = 0
    private var terms = 0
    /// Most terms in one condition: chains of `and`/`or` nest the tree as deep as they are long.
    public static let maxTerms = 256
    /// Deepest nesting of parentheses and `not`, so a hostile condition cannot exhaust the stack.
    public static let maxDepth = 64

    /// Parses `text`, or throws the first syntax error with its column.
    public static func parse(_ text: String) throws(Failure) -> Expression {
        var parser = ExpressionParser()
        parser.tokens = try tokenize(text)
        let expression = try parser.parseOr()
        if case let (token, offset) = parser.tokens[parser.position], token != .end {
            throw Failure(.unexpectedAfterCondition, ["found": describe(token)], offset: offset)
        }
        return expression
    }

    static func tokenize(_ text: String) throws(Failure) -> [(token: Token, offset: Int)] {
        let characters = Array(text)
        var result: [(Token, Int)] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let start = index
            if character.isWhitespace { index += 1; continue }
            if character == "'" || character == "\"" {
                index += 1
                var literal = ""
                while index < characters.count && characters[index] != character {
                    literal.append(characters[index])
                    index += 1
                }
                guard index < characters.count else {
                    throw Failure(.unclosedText, ["quote": "\(character)"], offset: start)
                }
                index += 1
                result.append((.string(literal), start))
            } else if character.isASCIIDigit {
                var literal = ""
                while index < characters.count, characters[index].isASCIIDigit || "./-".contains(characters[index]) {
                    literal.append(characters[index])
                    index += 1
                }
                result.append((.number(literal), start))
            } else if character.isLetter || character == "_" {
                var word = ""
                while index < characters.count, characters[index].isLetter || characters[index].isNumber || "_-".contains(characters[index]) {
                    word.append(characters[index])
                    index += 1
                }
                result.append((.word(word), start))
            } else if "=!<>".contains(character) {
                let pair = index + 1 < characters.count && characters[index + 1] == "=" ? String([character, "="]) : String(character)
                guard pair != "=" && pair != "!" else {
                    throw Failure(.notAnOperator, ["operator": "\(pair)"], offset: start)
                }
                index += pair.count
                result.append((.symbol(pair), start))
            } else if "()[],".contains(character) {
                index += 1
                result.append((.symbol(String(character)), start))
            } else {
                throw Failure(.badCharacter, ["character": "\(character)"], offset: start)
            }
        }
        result.append((.end, characters.count))
        return result
    }

    static func describe(_ token: Token) -> LocalizedText {
        switch token {
        case .word(let word): "\"\(word)\""
        case .string(let text): "'\(text)'"
        case .number(let number): "\"\(number)\""
        case .symbol(let symbol): "\"\(symbol)\""
        case .end: LocalizedText(en: "the end of the condition", vi: "hết điều kiện")
        }
    }

    private var current: Token { tokens[position].token }
    private var offset: Int { tokens[position].offset }

    private mutating func parseOr() throws(Failure) -> Expression {
        var left = try parseAnd()
        while current == .word("or") {
            position += 1
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(Failure) -> Expression {
        var left = try parseUnary()
        while current == .word("and") {
            position += 1
            left = .and(left, try parseUnary())
        }
        return left
    }

    private mutating func parseUnary() throws(Failure) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw Failure(.conditionTooComplex, ["limit": "\(Self.maxDepth)", "parts": LocalizedText(en: "levels of parentheses or \"not\"", vi: "lớp ngoặc hoặc \"not\" lồng nhau")],
                          offset: offset)
        }
        if current == .word("not") {
            position += 1
            return .not(try parseUnary())
        }
        if current == .symbol("(") {
            let open = offset
            position += 1
            let inner = try parseOr()
            guard current == .symbol(")") else {
                throw Failure(.unclosedParenthesis, ["column": "\(open + 1)"], offset: offset)
            }
            position += 1
            return inner
        }
        terms += 1
        guard terms <= Self.maxTerms else {
            throw Failure(.conditionTooComplex, ["limit": "\(Self.maxTerms)", "parts": LocalizedText(en: "terms", vi: "vế")], offset: offset)
        }
        let left = try parseOperand()
        switch current {
        case .symbol(let symbol):
            guard let comparison = Expression.Comparison(rawValue: symbol) else { return .truthy(left) }
            position += 1
            return .compare(left, comparison, try parseOperand())
        case .word("contains"):
            position += 1
            return .contains(left, try parseOperand())
        case .word("in"):
            position += 1
            return try parseIn(left)
        case .word("not"):
            guard tokens[position + 1].token == .word("in") else { return .truthy(left) }
            position += 2
            return .not(try parseIn(left))
        default:
            return .truthy(left)
        }
    }

    private mutating func parseIn(_ left: Expression.Operand) throws(Failure) -> Expression {
        if case .word(let roster) = current {
            position += 1
            return .inRoster(left, roster)
        }
        guard current == .symbol("[") else {
            throw Failure(.inNeedsList, ["found": Self.describe(current)], offset: offset)
        }
        position += 1
        var items: [Value] = []
        while current != .symbol("]") {
            if !items.isEmpty {
                guard current == .symbol(",") else {
                    throw Failure(.badList, ["found": Self.describe(current)], offset: offset)
                }
                position += 1
            }
            switch current {
            case .word(let word): items.append(word == "true" || word == "false" ? .bool(word == "true") : .text(word)); position += 1
            default:
                guard case .literal(let value) = try parseOperand() else { continue }
                items.append(value)
            }
        }
        position += 1
        return .inList(left, items)
    }

    private mutating func parseOperand() throws(Failure) -> Expression.Operand {
        let token = current
        let start = offset
        switch token {
        case .word("true"), .word("false"):
            position += 1
            return .literal(.bool(token == .word("true")))
        case .word(let word) where !["and", "or", "not", "in", "contains"].contains(word):
            position += 1
            return .field(word)
        case .string(let text):
            position += 1
            return .literal(.text(text))
        case .number(let text):
            position += 1
            if case .number(let number) = ScalarText.number(text) { return .literal(.number(number)) }
            switch ScalarText.date(text) {
            case .day(let day): return .literal(.date(day))
            case .impossible(let why): throw Failure(.impossibleDate, ["value": "\(text)", "reason": why], offset: start)
            case .notADate:
                throw Failure(.notANumberOrDate, ["value": "\(text)"], offset: start)
            }
        default:
            throw Failure(.expectedValue, ["found": Self.describe(token)], offset: start)
        }
    }
}
