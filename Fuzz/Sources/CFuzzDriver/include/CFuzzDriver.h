// libFuzzer's driver, started from each fuzzer's entry point (see FuzzDriver.c).
#include <stddef.h>
#include <stdint.h>

/// Each fuzzer's test of one input, defined in Swift with @_cdecl.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
