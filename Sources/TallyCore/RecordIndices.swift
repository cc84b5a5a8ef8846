/// Positions of records in a record set, kept in 32 bits each (a set holds at most
/// `RecordSet.maxRecords`): a target's evidence over a million records costs 4 MB, not 8.
public struct RecordIndices: RandomAccessCollection, ExpressibleByArrayLiteral, Equatable, Sendable {
    private var storage: [Int32]

    public init() { storage = [] }

    public init<S: Sequence>(_ indices: S) where S.Element == Int {
        storage = indices.map { Int32($0) }
    }

    public init(arrayLiteral indices: Int...) { self.init(indices) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }
    public subscript(position: Int) -> Int { Int(storage[position]) }

    public mutating func append(_ index: Int) { storage.append(Int32(index)) }

    public mutating func append<S: Sequence>(contentsOf indices: S) where S.Element == Int {
        storage.append(contentsOf: indices.lazy.map { Int32($0) })
    }

    public mutating func reserveCapacity(_ count: Int) { storage.reserveCapacity(count) }

    public static func += <S: Sequence>(indices: inout RecordIndices, more: S) where S.Element == Int {
        indices.append(contentsOf: more)
    }
}
