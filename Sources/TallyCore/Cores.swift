import Foundation

/// The number of cores this process may use, asked of the system once: `ProcessInfo` reads the
/// cgroup quota and CPU set on every call, and a roll-up asks for each of thousands of programmes.
public enum Cores {
    public static let count = ProcessInfo.processInfo.activeProcessorCount
}
