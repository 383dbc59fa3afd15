// SwiftPM links an executable target with `--defsym main=<Target>_main` and compiles its Swift with that
// entry point name, so libFuzzer's own `main` is never used. These are those entry points: each starts
// libFuzzer's driver, which reads the command line (-max_total_time, corpora, …) as libFuzzer's main would.
#include "CFuzzDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

static int run(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }

int FuzzYAML_main(int argc, char **argv) { return run(argc, argv); }
int FuzzCSV_main(int argc, char **argv) { return run(argc, argv); }
int FuzzXLSX_main(int argc, char **argv) { return run(argc, argv); }
