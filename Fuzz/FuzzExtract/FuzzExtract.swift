import VerityFuzzing

/// libFuzzer entry point; what is done with the input is `FuzzInputs.extract`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInputs.extract(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// SwiftPM links a debug executable's `main` as `<target>_main`: hand it to libFuzzer's driver.
@_cdecl("FuzzExtract_main")
public func fuzzExtractMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc, argv = argv
    return runFuzzer(&argc, &argv, fuzzExtract)
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
