#if canImport(CMimalloc)
    import CMimalloc
#endif

/// Settings of the allocator the tool is linked with (mimalloc on Linux).
enum AllocatorTuning {
    /// Gives memory the program has freed back to the system at once. mimalloc's default keeps
    /// freed pages for 25 ms before returning them; a build frees its parsed sources, history
    /// blobs and rendered pages in large waves, so with the delay the resident size stays near
    /// its peak for the whole build (BENCHMARKS.md: 20,000 plans, −15% peak RSS, no measurable
    /// change in CPU time).
    static func apply() {
        #if canImport(CMimalloc)
            mi_option_set(mi_option_decommit_delay, 0)
        #endif
    }
}
