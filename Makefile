# sspwiki: the commands the README gives.
SWIFT ?= swift
CONTENT ?= content
OUTPUT ?= site

.PHONY: site test build check release clean bench

## Build the demo content into site/ (installs cmark-gfm when missing).
site: build
	.build/debug/sspwiki build --content $(CONTENT) --output $(OUTPUT)

build:
	scripts/bootstrap
	$(SWIFT) build --product sspwiki

## An optimised binary in .build/release/sspwiki, for large settings and the benchmark.
release:
	scripts/bootstrap
	$(SWIFT) build -c release --product sspwiki

## Run every test: unit, end-to-end and browser tests.
test:
	scripts/bootstrap --test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/browser-tests

## Check the content for errors and quality warnings without writing a site.
check:
	$(SWIFT) run sspwiki check --content $(CONTENT)

## Benchmark against Hugo on a generated 2,000-plan corpus (scripts/bench --help for options).
bench:
	scripts/bench

clean:
	rm -rf .build site
