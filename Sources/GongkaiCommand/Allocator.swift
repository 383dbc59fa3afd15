// The command's allocator. Importing mimalloc links it (its module map says so), and being linked ahead of
// glibc it takes the place of malloc and free for the whole process: the Swift runtime's allocations,
// Pango's, Cairo's and HarfBuzz's. Nothing here calls it; the library itself stays on the host's allocator.
#if canImport(CMimalloc)
    import CMimalloc
#endif
