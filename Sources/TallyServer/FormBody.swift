import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import TallyCore

/// A posted form, `application/x-www-form-urlencoded` or `multipart/form-data`, read through
/// Hummingbird's and MultipartKit's parsers, with a limit on the body (`413` beyond it).
struct FormBody: Sendable {
    var fields: [(name: String, value: String)] = []
    var files: [EvidenceUpload] = []

    /// The last value given for `name`.
    func value(_ name: String) -> String? { fields.last { $0.name == name }?.value }

    /// The largest record form: three evidence files of 10 MB and the fields.
    static let recordLimit = 3 * EvidenceUpload.largest + 256 * 1024
    /// The largest other form (login, logout) and JSON record.
    static let smallLimit = 64 * 1024

    static func limit(for path: String) -> Int { path.hasPrefix("/p/") ? recordLimit : smallLimit }

    /// Reads the body of `request` (keeping it collected on the request) as a form.
    static func read(_ request: inout Request, limit: Int) async throws -> FormBody {
        let buffer = try await collect(&request, limit: limit)
        let type = request.headers[.contentType] ?? ""
        if let media = MediaType(from: type), media.isType(.multipartForm) {
            guard let boundary = media.parameter.flatMap({ $0.name.lowercased() == "boundary" ? $0.value : nil }),
                  !boundary.isEmpty, boundary.count <= 200 else { throw PageError.badForm("multipart/form-data: boundary") }
            return try multipart(buffer, boundary: boundary)
        }
        let text = String(buffer: buffer)
        var form = FormBody()
        guard !text.isEmpty else { return form }
        do {
            let decoded = try URLEncodedFormDecoder().decode([String: String].self, from: text)
            form.fields = decoded.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        } catch {
            throw PageError.badForm("application/x-www-form-urlencoded")
        }
        return form
    }

    /// The body, or `413` when it is longer than `limit` bytes.
    static func collect(_ request: inout Request, limit: Int) async throws -> ByteBuffer {
        do { return try await request.collectBody(upTo: limit) } catch is NIOTooManyBytesError {
            let megabytes = Double(limit) / 1_048_576
            throw PageError.refusal(.contentTooLarge, Diagnostic(.bodyTooLarge, ["limit": "\(String(format: "%.0f", megabytes.rounded(.up))) MB"]))
        }
    }

    static func multipart(_ buffer: ByteBuffer, boundary: String) throws -> FormBody {
        let parser = MultipartParser(boundary: boundary)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var body = ByteBuffer()
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: body))
            headers = HTTPHeaders()
            body = ByteBuffer()
        }
        do { try parser.execute(buffer) } catch { throw PageError.badForm("multipart/form-data") }
        var form = FormBody()
        for part in parts {
            let disposition = ContentDisposition(part.headers.first(name: "Content-Disposition") ?? "")
            guard let name = disposition.parameters["name"] else { continue }
            let bytes = Array(part.body.readableBytesView)
            if let filename = disposition.parameters["filename"] {
                // A file input left empty sends a part with no name and no bytes.
                if name == "evidence", !(bytes.isEmpty && filename.isEmpty) { form.files.append(EvidenceUpload(bytes: bytes, clientName: filename)) }
            } else {
                form.fields.append((name, String(decoding: bytes, as: UTF8.self)))
            }
        }
        return form
    }
}

/// The parameters of a part's `Content-Disposition: form-data; name="x"; filename="y"` (RFC 7578):
/// `;`-separated, values plain or quoted with `\` escapes. A file name is only ever shown (cleaned),
/// never used to store anything.
struct ContentDisposition {
    var parameters: [String: String] = [:]

    init(_ header: String) {
        var key = "", value = "", inKey = true, quoted = false, escaped = false, sawValue = false
        func finish() {
            let name = key.trimmingCharacters(in: .whitespaces).lowercased()
            if sawValue, !name.isEmpty, parameters[name] == nil { parameters[name] = quoted ? value : value.trimmingCharacters(in: .whitespaces) }
            key = ""; value = ""; inKey = true; quoted = false; sawValue = false
        }
        var inQuotes = false
        for character in header {
            if inQuotes {
                if escaped { value.append(character); escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inQuotes = false } else { value.append(character) }
            } else if character == ";" {
                finish()
            } else if inKey {
                if character == "=" { inKey = false; sawValue = true } else { key.append(character) }
            } else if character == "\"" && value.trimmingCharacters(in: .whitespaces).isEmpty {
                inQuotes = true; quoted = true; value = ""
            } else if !quoted {
                value.append(character)
            }
        }
        finish()
    }
}
