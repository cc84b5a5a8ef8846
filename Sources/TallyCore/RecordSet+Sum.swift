import Foundation

extension RecordSet {
    /// The exact sum of the numeric field `id` over `indices`, and the records that had a number.
    /// Packed numbers are added as integers per decimal scale, so a million amounts cost a million
    /// integer additions rather than a million decimal ones.
    public func sum<Indices: Collection>(_ id: FieldID, over indices: Indices) -> (Decimal, RecordIndices) where Indices.Element == Int {
        var byScale = [Int128](repeating: 0, count: 16)
        var large = Decimal(0)
        var counted = RecordIndices()
        for index in indices {
            for position in fieldRange(index) where fieldIDs[position] == id {
                let stored = fieldValues[position]
                switch stored.tag {
                case .number:
                    let parts = stored.packedNumber
                    byScale[parts.scale] += parts.negative ? -Int128(parts.magnitude) : Int128(parts.magnitude)
                    counted.append(index)
                case .decimal:
                    large += decimals[Int(stored.payload)]
                    counted.append(index)
                default: break
                }
                break
            }
        }
        var total = large
        for (scale, sum) in byScale.enumerated() where sum != 0 {
            total += Decimal(sign: sum < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(string: String(sum.magnitude))!)
        }
        return (total, counted)
    }
}
