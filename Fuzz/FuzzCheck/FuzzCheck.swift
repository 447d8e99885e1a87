import VerityFuzzing

/// libFuzzer entry point; what is done with the input is `FuzzInputs.check`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInputs.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// SwiftPM links a debug executable's `main` as `<target>_main`: hand it to libFuzzer's driver.
@_cdecl("FuzzCheck_main")
public func fuzzCheckMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc, argv = argv
    return runFuzzer(&argc, &argv, fuzzCheck)
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
