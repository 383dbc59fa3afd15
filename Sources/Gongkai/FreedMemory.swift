#if canImport(CMalloc)
    import CMalloc
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// Memory a long document freed, given back to the system.
enum FreedMemory {
    /// Free memory in malloc's heap below which nothing is given back: pages given back and then used
    /// again by the next document cost a fault each, and a short document frees little.
    static let threshold = 32 << 20

    /// Gives back the free pages of malloc's heap (glibc's `malloc_trim`) when it holds more than
    /// `threshold` free bytes. A long department's YAML tree, and later its document tree, are freed in
    /// small blocks all over the heap; their pages would otherwise stay resident beside what comes next.
    /// Under another allocator (the `gongkai` command links mimalloc, which gives pages back itself) it
    /// does nothing: glibc's heap is then never set up, and reading its statistics from two threads at once
    /// crashed.
    static func giveBack() {
        #if canImport(CMalloc)
            guard glibcAllocates, mallinfo2().fordblks > threshold else { return }
            _ = malloc_trim(0)
        #endif
    }

    /// Whether `malloc` is glibc's own, not an allocator linked ahead of it.
    static let glibcAllocates: Bool = {
        #if canImport(Glibc)
            guard let libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD) else { return false }
            defer { dlclose(libc) }
            guard let own = dlsym(libc, "malloc") else { return false }
            return dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc") == own
        #else
            return false
        #endif
    }()
}
