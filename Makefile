# Gongkai: two commands set everything up on a fresh Debian machine with a Swift 6 toolchain.
#   make demo   installs what is needed, builds, and renders the sample department to out/
#   make test   installs what is needed, builds, and runs the test suite

SWIFT ?= swift
SAMPLE := Layouts/department-budget/samples/116-2023.yaml
OUT := out

.PHONY: demo test bench doc-images deps build release clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product gongkai

demo: release
	@mkdir -p $(OUT)
	$$($(SWIFT) build -c release --show-bin-path)/gongkai render $(SAMPLE) -o $(OUT)/116-2023.pdf --png $(OUT)/png
	@echo "Wrote $(OUT)/116-2023.pdf and $(OUT)/png/"

test: deps
	$(SWIFT) test

# Speed is measured here, never asserted by tests.
bench: deps
	$(SWIFT) build -c release --product gongkai
	$(SWIFT) build -c release --product GongkaiBenchmarks
	$$($(SWIFT) build -c release --show-bin-path)/GongkaiBenchmarks

doc-images: deps
	$(SWIFT) run GongkaiDocImages

clean:
	rm -rf .build $(OUT)
