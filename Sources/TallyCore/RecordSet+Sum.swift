import Foundation

extension RecordSet {
    /// The exact sum of the numeric field `id` over `indices`, the records that had a number, and
    /// the sum as an integer when every number was whole and it fits. Packed numbers are added as
    /// integers per decimal scale, so a million amounts cost a million integer additions rather than
    /// a million decimal ones.
    public func sum<Indices: Collection>(_ id: FieldID, over indices: Indices) -> (Decimal, RecordIndices, whole: Int?) where Indices.Element == Int {
        var byScale = [Int128](repeating: 0, count: 16)
        var large = Decimal(0), anyLarge = false
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
                    anyLarge = true
                    counted.append(index)
                default: break
                }
                break
            }
        }
        // Whole when only scale 0 has a sum (whole amounts), there was no large decimal, and it fits.
        let onlyWhole = !anyLarge && byScale.dropFirst().allSatisfy { $0 == 0 }
        let whole = onlyWhole && byScale[0].magnitude < 1_000_000_000_000_000 ? Int(byScale[0]) : nil
        if let whole { return (Decimal(whole), counted, whole) }
        var total = large
        for (scale, sum) in byScale.enumerated() where sum != 0 {
            total += Decimal(sign: sum < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(string: String(sum.magnitude))!)
        }
        return (total, counted, nil)
    }
}
