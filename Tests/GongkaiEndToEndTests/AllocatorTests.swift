import Foundation
import Testing

@testable import Gongkai

/// The command links mimalloc ahead of glibc (and so do these tests, which link the command): glibc's heap
/// is then never set up, and the library must not read its statistics or trim it (two batch threads doing so
/// at once crashed).
@Suite struct AllocatorTests {
    @Test func glibcsHeapIsLeftAloneUnderAnotherAllocator() {
        let mimalloc = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mi_version") != nil
        #expect(mimalloc)
        #expect(FreedMemory.glibcAllocates == !mimalloc)
        // Safe to call from many threads at once whichever allocator serves the process.
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<50 { FreedMemory.giveBack() }
        }
    }
}
