# mcs-forms: `make demo` renders every example and blank form; `make test` runs the tests.
# Both first install what is missing from Debian (scripts/install-deps).

SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
DEMO_DIR ?= out/demo
FORMS := application approval withdrawal consent
EXAMPLES := $(wildcard Examples/*.yaml Examples/*.json)
BIN = .build/release/mcs-forms

.PHONY: deps build release demo test bench clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation linked statically: one `render` starts ~10 ms sooner (make bench).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

demo: release
	@rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	@for input in $(EXAMPLES); do \
	  name=$$(basename $${input%.*}); \
	  $(BIN) render "$$input" -o $(DEMO_DIR)/$$name.pdf --png $(DEMO_DIR)/$$name || exit 1; \
	done
	@for form in $(FORMS); do \
	  $(BIN) render --blank $$form -o $(DEMO_DIR)/blank-$$form.pdf --png $(DEMO_DIR)/blank-$$form || exit 1; \
	done
	@echo "rendered $$(ls $(DEMO_DIR)/*.pdf | wc -l) PDFs (with PNG previews) into $(abspath $(DEMO_DIR))"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: release
	@scripts/bench

clean:
	rm -rf .build out
