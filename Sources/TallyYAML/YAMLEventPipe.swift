import Foundation

/// Reads YAML events on a second thread while the caller consumes them, so libyaml's
/// scanning and the caller's work on each event overlap on two cores.
///
/// It offers the same reading API as `YAMLEventReader`; events arrive in batches through a
/// small bounded queue, so memory stays flat however large the file is.
public final class YAMLEventPipe: YAMLEventSource {
    public let source: SourceFile
    private let queue: BatchQueue
    private var batch: EventBatch
    private var index = -1

    /// Starts reading `reader`'s events on a background thread.
    public init(_ reader: YAMLEventReader, batchSize: Int = 4096) {
        source = reader.source
        let queue = BatchQueue(capacity: 4)
        self.queue = queue
        batch = EventBatch(capacity: 0)
        let producer = UncheckedBox(reader)
        let thread = Thread {
            var done = false
            while !done && !queue.isCancelled {
                let batch = EventBatch(capacity: batchSize)
                while !batch.isFull {
                    do {
                        let kind = try producer.value.next()
                        batch.append(kind, from: producer.value)
                        if kind == .streamEnd { done = true; break }
                    } catch let error as YAMLError {
                        batch.error = error
                        done = true
                        break
                    } catch {
                        batch.error = YAMLError("read-error", ["detail": "\(error)"], at: Mark(line: 1, column: 1))
                        done = true
                        break
                    }
                }
                queue.put(batch)
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit { queue.cancel() }

    /// Advances to the next event, or throws the parse error at its place.
    public func next() throws(YAMLError) -> YAMLEventKind {
        index += 1
        while index >= batch.count {
            if let error = batch.error { throw error }
            guard let following = queue.take() else { return .streamEnd }
            batch = following
            index = 0
        }
        return batch.kind(index)
    }

    public var start: Mark { batch.start(index) }
    public var end: Mark { batch.end(index) }
    public var scalarStyle: ScalarStyle { batch.style(index) }
    public var scalarLength: Int { batch.length(index) }
    /// The current scalar's bytes; valid until the next call to `next()`.
    public var scalarBytes: UnsafeRawBufferPointer { batch.bytes(index) }
    public var scalarText: String { String(decoding: scalarBytes, as: UTF8.self) }
    public var isDecorated: Bool { batch.isDecorated(index) }
    public var anchor: String? { batch.decorations[index]?.anchor }
    public var tag: String? { batch.decorations[index]?.tag }
    public var isImplicitDocumentMarker: Bool { batch.isImplicit(index) }
}

/// One event, packed: kind, style and marks, and where its scalar bytes are.
struct PackedEvent {
    var kind: YAMLEventKind = .streamEnd
    var style: ScalarStyle = .plain
    var decorated = false
    var implicit = false
    var startLine: Int32 = 0
    var startColumn: Int32 = 0
    var endLine: Int32 = 0
    var endColumn: Int32 = 0
    var offset: Int32 = 0
    var valueOffset = 0
    var valueLength = 0
}

/// Events packed into raw memory (no array bookkeeping on the hot path), with their
/// scalar bytes in one buffer.
final class EventBatch: @unchecked Sendable {
    struct Decoration {
        var anchor: String?
        var tag: String?
    }

    private let events: UnsafeMutablePointer<PackedEvent>
    private let capacity: Int
    private(set) var count = 0
    var decorations: [Int: Decoration] = [:]
    private var storage: UnsafeMutableRawPointer
    private var used = 0
    private var allocated: Int
    var error: YAMLError?

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        events = .allocate(capacity: self.capacity)
        allocated = max(capacity * 32, 64)
        storage = .allocate(byteCount: allocated, alignment: 8)
    }

    deinit {
        events.deinitialize(count: count)
        events.deallocate()
        storage.deallocate()
    }

    var isFull: Bool { count >= capacity }
    var lastKind: YAMLEventKind? { count > 0 ? events[count - 1].kind : nil }

    func append(_ kind: YAMLEventKind, from reader: YAMLEventReader) {
        let start = reader.start, end = reader.end
        var event = PackedEvent(kind: kind, style: .plain, decorated: reader.isDecorated,
                                startLine: Int32(start.line), startColumn: Int32(start.column),
                                endLine: Int32(end.line), endColumn: Int32(end.column),
                                offset: Int32(truncatingIfNeeded: start.offset), valueOffset: used, valueLength: 0)
        if event.decorated { decorations[count] = Decoration(anchor: reader.anchor, tag: reader.tag) }
        if kind == .documentStart || kind == .documentEnd { event.implicit = reader.isImplicitDocumentMarker }
        if kind == .scalar {
            event.style = reader.scalarStyle
            let bytes = reader.scalarBytes
            if used + bytes.count > allocated {
                let grown = max(allocated * 2, used + bytes.count)
                let larger = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 8)
                larger.copyMemory(from: storage, byteCount: used)
                storage.deallocate()
                storage = larger
                allocated = grown
            }
            if let base = bytes.baseAddress { (storage + used).copyMemory(from: base, byteCount: bytes.count) }
            event.valueLength = bytes.count
            used += bytes.count
        }
        (events + count).initialize(to: event)
        count += 1
    }

    @inline(__always) func kind(_ index: Int) -> YAMLEventKind { events[index].kind }
    @inline(__always) func style(_ index: Int) -> ScalarStyle { events[index].style }
    @inline(__always) func length(_ index: Int) -> Int { events[index].valueLength }
    @inline(__always) func isDecorated(_ index: Int) -> Bool { events[index].decorated }
    @inline(__always) func isImplicit(_ index: Int) -> Bool { events[index].implicit }

    func start(_ index: Int) -> Mark {
        let event = events[index]
        return Mark(line: Int(event.startLine), column: Int(event.startColumn), offset: Int(event.offset))
    }

    func end(_ index: Int) -> Mark {
        Mark(line: Int(events[index].endLine), column: Int(events[index].endColumn))
    }

    func bytes(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: storage + events[index].valueOffset, count: events[index].valueLength)
    }
}

/// A bounded hand-off of batches between the reading thread and the consumer.
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [EventBatch] = []
    private var cancelled = false
    private var finished = false
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Adds a batch, waiting while the queue is full; a batch with an error or the stream's end finishes it.
    func put(_ batch: EventBatch) {
        condition.lock()
        while batches.count >= capacity && !cancelled { condition.wait() }
        if !cancelled { batches.append(batch) }
        if batch.error != nil || batch.lastKind == .streamEnd { finished = true }
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for it; nil once everything has been taken.
    func take() -> EventBatch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished && !cancelled { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops the reading thread: the consumer is gone.
    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}

/// Hands a non-Sendable value to exactly one other thread.
final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
