# The two commands of the README: `make demo` and `make test`.
# Both install what is missing first (quietly when all is present).

.PHONY: all deps test-deps build site demo test test-release test-asan test-wasm format format-check golden bench clean

all: site

deps:
	@tools/install-deps.sh

# Chromium and playwright-core for the browser tests, from the lockfile.
test-deps:
	@tools/install-deps.sh --tests
	@[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error

build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release

# The WebAssembly module and the static site in build/site/ (the wasm build
# also compiles the test suite to WebAssembly).
site: build
	@cmake --preset wasm >/dev/null
	@cmake --build --preset wasm

demo: site
	@node tools/serve.mjs build/site --port 8000

test: deps format-check test-release test-asan test-wasm

test-release: build
	@ctest --preset release

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan
	@ctest --preset asan

# The suite compiled to WebAssembly, the module against the native CLI, and
# the site in headless Chromium.
test-wasm: site test-deps
	@ctest --preset wasm

SOURCES = $(shell git ls-files '*.cpp' '*.hpp' '*.h' 2>/dev/null)

format:
	@clang-format -i $(SOURCES)

format-check: deps
	@clang-format --dry-run --Werror $(SOURCES)

# Regenerates tests/data/expected/ from tests/data/requests/ on purpose:
# review the diff before committing it.
golden: build
	@./build/release/tests/tradeoff_golden tests/data/requests tests/data/expected

bench: site test-deps
	@./build/release/bench/tradeoff_bench
	@node bench/site_size.mjs build/site
	@node bench/wasm_speed.mjs build/site
	@node bench/page_latency.mjs build/site

clean:
	@rm -rf build
