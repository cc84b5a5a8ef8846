import Foundation

/// An evidence file sent through the web: accepted only as a PDF, JPEG or PNG by its content,
/// up to 10 MB, and stored under a name made of its SHA-256, never of anything the client said.
public struct EvidenceUpload: Sendable {
    public enum Kind: String, Sendable {
        case pdf, jpeg, png
        /// The file name ending Tally gives it.
        public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
    }

    public static let largest = 10 * 1024 * 1024

    /// Why a file was refused.
    public enum Refusal: Error, Sendable, Equatable {
        case empty
        case tooLarge(Int)
        case notADocument

        /// The refusal as a diagnostic of the catalogue, naming the file as the client did (cleaned).
        public func diagnostic(name: String) -> Diagnostic {
            let shown: LocalizedText = "\(EvidenceUpload.displayName(name))"
            switch self {
            case .empty: return Diagnostic(.evidenceEmpty, ["name": shown])
            case .tooLarge: return Diagnostic(.evidenceTooLarge, ["name": shown])
            case .notADocument: return Diagnostic(.evidenceNotADocument, ["name": shown])
            }
        }
    }

    /// The bytes as sent.
    public var bytes: [UInt8]
    /// The name the client gave: shown back in messages (cleaned), never used to store.
    public var clientName: String

    public init(bytes: [UInt8], clientName: String = "") {
        self.bytes = bytes
        self.clientName = clientName
    }

    /// What the content is, by its first bytes; nil when it is none of the accepted kinds.
    public static func kind(of bytes: [UInt8]) -> Kind? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        return nil
    }

    /// The checked kind, or why the file is refused.
    public func check() throws(Refusal) -> Kind {
        if bytes.isEmpty { throw .empty }
        if bytes.count > Self.largest { throw .tooLarge(bytes.count) }
        guard let kind = Self.kind(of: bytes) else { throw .notADocument }
        return kind
    }

    /// The path the file is stored at, relative to the journal's folder: `evidence/SHA256.EXT`.
    public func storedPath(_ kind: Kind) -> String {
        "evidence/" + Credentials.sha256Hex(bytes) + "." + kind.fileExtension
    }

    /// Writes the file below `folder` (the journal's folder), unless a file of that hash is there already.
    public func store(_ kind: Kind, besideJournalIn folder: String) throws(AtomicFile.Failure) {
        let evidence = (folder.isEmpty ? "." : folder) + "/evidence"
        if !FileManager.default.fileExists(atPath: evidence) {
            do { try FileManager.default.createDirectory(atPath: evidence, withIntermediateDirectories: true) } catch {
                throw AtomicFile.Failure(message: "cannot create \(evidence)", reason: SystemReason.words(error))
            }
        }
        let path = (folder.isEmpty ? "." : folder) + "/" + storedPath(kind)
        if let existing = FileManager.default.contents(atPath: path), Credentials.sha256Hex([UInt8](existing)) == Credentials.sha256Hex(bytes) { return }
        try AtomicFile.replace(path, with: bytes)
    }

    /// A client's file name made safe to show: its last path component, printable, at most 80 characters.
    public static func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let printable = String(String.UnicodeScalarView(last.unicodeScalars.filter { !$0.properties.generalCategory.isControlOrFormat }))
        let clipped = printable.count > 80 ? String(printable.prefix(77)) + "…" : printable
        return clipped.isEmpty ? "(no name)" : "\"\(clipped)\""
    }
}

extension Unicode.GeneralCategory {
    var isControlOrFormat: Bool { self == .control || self == .format || self == .lineSeparator || self == .paragraphSeparator }
}
