import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A running `tally serve FOLDER --port 0`: the address it printed first, plain GETs against it,
/// and a clean stop with SIGTERM.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let logFile: URL
    private(set) var base = ""

    /// Starts the server in `directory` on `folder` and waits for its first line of output.
    init(folder: String, in directory: URL, arguments: [String] = []) throws {
        logFile = directory.appendingPathComponent("serve-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        process.executableURL = TallyRunner.binary
        process.arguments = ["serve", folder, "--port", "0"] + arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: logFile)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        var line = Data()
        let reader = out.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let first = String(decoding: line, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        guard first.hasPrefix("listening on http://") else {
            process.terminate()
            throw ServeError.noAddress(first + (try String(contentsOf: logFile, encoding: .utf8)))
        }
        base = String(first.dropFirst("listening on ".count))
    }

    enum ServeError: Error { case noAddress(String), noAnswer(String) }

    /// GET `path`: the status and the body as text.
    func get(_ path: String) async throws -> (status: Int, body: String, headers: [String: String]) {
        let url = URL(string: base + path)!
        return try await withCheckedThrowingContinuation { continuation in
            let task = URLSession.shared.dataTask(with: URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData)) { data, response, error in
                guard let response = response as? HTTPURLResponse, let data else {
                    continuation.resume(throwing: error ?? ServeError.noAnswer(path))
                    return
                }
                var headers: [String: String] = [:]
                for (key, value) in response.allHeaderFields { headers[String(describing: key).lowercased()] = String(describing: value) }
                continuation.resume(returning: (response.statusCode, String(decoding: data, as: UTF8.self), headers))
            }
            task.resume()
        }
    }

    /// Asks `path` every 100 ms until `done` holds for its body, for `seconds` and one last request
    /// begun after them; the time it took, or nil.
    func waitFor(_ path: String, seconds: Double = 2, _ done: (String) -> Bool) async throws -> Double? {
        let start = Date()
        while true {
            // Under the suite's load one request can itself take longer than `seconds` (and answer
            // from a reload begun before the edit): the answer is final only for a request begun
            // after the time allowed.
            let late = Date().timeIntervalSince(start) > seconds
            if done(try await get(path).body) { return Date().timeIntervalSince(start) }
            if late { return nil }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// What the server logged so far.
    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// Sends SIGTERM and waits for the exit; the exit status.
    func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }
}
