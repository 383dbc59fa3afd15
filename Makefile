# Gongkai: two commands set everything up on a fresh Debian machine with a Swift 6 toolchain.
#   make demo   installs what is needed, builds, and renders the sample departments (预算 and 决算) to out/
#   make test   installs what is needed, builds, and runs the test suite
#   make sample-workbook   writes the sample's public tables as the budget system's workbook, beside the sample

SWIFT ?= swift
SAMPLE := Layouts/department-budget/samples/116-2023.yaml
FINAL_SAMPLE := Layouts/department-final-accounts/samples/128-2023.yaml
OUT := out
# `make fuzz`: seconds per loader, the fuzzers' own build folder, and the loaders fuzzed (yaml csv xlsx).
FUZZ_SECONDS ?= 600
FUZZ_BUILD := .build-fuzz
FUZZERS ?= yaml csv xlsx

.PHONY: demo test sample-workbook bench doc-images fuzz deps build release clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product gongkai

demo: release
	@mkdir -p $(OUT)
	$$($(SWIFT) build -c release --show-bin-path)/gongkai render $(SAMPLE) -o $(OUT)/116-2023.pdf --png $(OUT)/png
	$$($(SWIFT) build -c release --show-bin-path)/gongkai render $(FINAL_SAMPLE) -o $(OUT)/128-2023.pdf --png $(OUT)/png
	@echo "Wrote $(OUT)/116-2023.pdf, $(OUT)/128-2023.pdf and $(OUT)/png/"

test: deps
	$(SWIFT) test

# The example workbook for `gongkai new --from` (README, "From the budget system's workbook"); a test checks
# that the committed one is what this writes.
sample-workbook: build
	$$($(SWIFT) build --show-bin-path)/gongkai sample-data --tables-of $(SAMPLE) -o $(dir $(SAMPLE))

# Speed is measured here, never asserted by tests.
bench: deps
	$(SWIFT) build -c release --product gongkai
	$(SWIFT) build -c release --product GongkaiBenchmarks
	$$($(SWIFT) build -c release --show-bin-path)/GongkaiBenchmarks

doc-images: deps
	$(SWIFT) run GongkaiDocImages

# libFuzzer with AddressSanitizer on the YAML, CSV and XLSX loaders (Fuzz/), FUZZ_SECONDS each; fails when a
# run finds a crash, hang or memory blow-up, which is kept in $(FUZZ_BUILD)/findings/.
fuzz:
	$(SWIFT) build -c release --package-path Fuzz --scratch-path $(FUZZ_BUILD) \
		-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld
	Fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZERS)

clean:
	rm -rf .build $(OUT)
