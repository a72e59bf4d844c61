# mcs-forms: `make demo` renders every example and blank form; `make test` runs the tests;
# `make install` installs the command and its data; `make deb` packages them for Debian.
# Each first installs what is missing from Debian (scripts/install-deps).

SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
DEMO_DIR ?= out/demo
FORMS := application approval withdrawal consent
EXAMPLES := $(wildcard Examples/*.yaml Examples/*.json)
BIN = .build/release/mcs-forms
DESK_BIN = .build/release/mcs-forms-desk
PREFIX ?= /usr/local
DESTDIR ?=
# Added to the release build; the install tests pass --ignore-lock, as they run inside `swift test`,
# which holds the lock of the build folder.
SWIFT_BUILD_FLAGS ?=
# What the binary reads beside it, in share/mcs-forms/ (the schemas for people and editors).
# The forms' examples are their samples (`render --sample FORM`).
SAMPLES := Examples/application.yaml Examples/approval.yaml Examples/withdrawal.json Examples/consent.yaml
DATA := Fonts/fonts.yaml $(wildcard Templates/*.yaml Templates/data/*.yaml Templates/desk/* Schemas/*.schema.json) $(SAMPLES)
# Where `make deb` puts the package; the files are staged in $(DEB_ROOT) while it is made.
DEB_OUT ?= out
DEB_ROOT = $(DEB_OUT)/deb-root

.PHONY: deps build release demo serve test bench clean install deb

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation linked statically: one `render` starts ~10 ms sooner (make bench).
# Generic types' metadata is made by accessor functions, not demangled from its name at run time with
# a search of the binary's 6,000 conformances for each requirement: docs/performance.md, "Start-up".
RELEASE_FLAGS = --static-swift-stdlib -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
release: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) $(SWIFT_BUILD_FLAGS)

# The release binary in $(1)/bin and its data in $(1)/share/mcs-forms, where the binary looks first.
define install-into
	install -d "$(1)/bin"
	install -m 0755 $(BIN) "$(1)/bin/mcs-forms"
	install -m 0755 $(DESK_BIN) "$(1)/bin/mcs-forms-desk"
	for file in $(DATA); do install -D -m 0644 "$$file" "$(1)/share/mcs-forms/$$file" || exit 1; done
endef

install: release
	$(call install-into,$(DESTDIR)$(PREFIX))

# $(DEB_OUT)/mcs-forms_VERSION_ARCH.deb: the same files under /usr, depending on its libraries and fonts.
deb: release
	rm -rf "$(DEB_ROOT)"
	$(call install-into,$(DEB_ROOT)/usr)
	scripts/make-deb "$(DEB_ROOT)" "$(DEB_OUT)"
	rm -rf "$(DEB_ROOT)"

demo: release
	@rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	@for input in $(EXAMPLES); do \
	  name=$$(basename $${input%.*}); \
	  $(BIN) render "$$input" -o $(DEMO_DIR)/$$name.pdf --png $(DEMO_DIR)/$$name || exit 1; \
	done
	@for form in $(FORMS); do \
	  $(BIN) render --blank $$form -o $(DEMO_DIR)/blank-$$form.pdf --png $(DEMO_DIR)/blank-$$form || exit 1; \
	done
	@$(BIN) batch Examples/mailing/applications --derive approval --date 2026-12-01 \
	  --decisions Examples/mailing/decisions.csv --generate-passwords --cover-letter --sort postalCode \
	  --out-dir $(DEMO_DIR)/mailing --merge $(DEMO_DIR)/mailing/print.pdf
	@echo "rendered $$(ls $(DEMO_DIR)/*.pdf | wc -l) PDFs (with PNG previews) and the mailing job into $(abspath $(DEMO_DIR))"

# The desk on this computer only (http://127.0.0.1:8080/; PORT=N for another port); Ctrl+C stops it.
PORT ?= 8080
serve: release
	$(BIN) serve --port $(PORT)

# The release build first, rather than inside the install tests (make install, make deb) beside the others.
# The desk's tests run on their own, after the others: the desks answer on Swift's concurrency threads
# (one per core), which the long synchronous tests of the command line (make install, the batches) would
# otherwise hold for minutes on a machine of two cores.
test: release
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip DeskTests
	$(SWIFT) test --skip-build --filter DeskTests

bench: release
	@scripts/bench

clean:
	rm -rf .build out
