import VerityFuzzing

/// libFuzzer entry point; what is done with the input is `FuzzInputs.document`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInputs.document(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// SwiftPM links a debug executable's `main` as `<target>_main`: hand it to libFuzzer's driver.
@_cdecl("FuzzDocument_main")
public func fuzzDocumentMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc, argv = argv
    return runFuzzer(&argc, &argv, fuzzDocument)
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
