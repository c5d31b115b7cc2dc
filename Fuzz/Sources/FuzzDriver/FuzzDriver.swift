// libFuzzer's driver for the fuzz targets. A debug build of an executable target has its entry
// point renamed to `<module>_main` (SwiftPM links it as `main` so tests can import the target),
// so each target defines that function and hands over to libFuzzer from it.

/// The C signature of `LLVMFuzzerTestOneInput`: the input's bytes and their count.
package typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: FuzzTest
) -> CInt

/// Runs libFuzzer with the process's arguments over `test`.
package func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ test: FuzzTest
) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, test)
}
