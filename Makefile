# The two commands of the README: `make demo` and `make test`.
# Both install what is missing first (quietly when all is present).

.PHONY: all deps node-deps test-deps build site demo test test-release test-asan test-wasm format format-check golden bench fuzz clean

all: site

deps:
	@tools/install-deps.sh

# The npm tools (playwright-core, Prettier, ESLint, Pym.js for a test), from the lockfile.
node-deps: deps
	@[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error

# Chromium for the browser tests, and the npm tools.
test-deps: node-deps
	@tools/install-deps.sh --tests

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

# Every fuzz target for FUZZ_SECONDS (default 60) each; fails on any finding.
FUZZ_SECONDS ?= 60
fuzz: deps
	@tools/install-deps.sh --fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz
	@tools/fuzz.sh $(FUZZ_SECONDS)

SOURCES = $(shell git ls-files '*.cpp' '*.hpp' '*.h' 2>/dev/null)
# The JavaScript and CSS, formatted by Prettier and checked by ESLint like the C++ by clang-format.
WEB_SOURCES = $(shell git ls-files '*.mjs' '*.js' '*.css' 2>/dev/null)

format: node-deps
	@clang-format -i $(SOURCES)
	@npx prettier --log-level warn --write $(WEB_SOURCES)

format-check: node-deps
	@clang-format --dry-run --Werror $(SOURCES)
	@npx prettier --log-level warn --check $(WEB_SOURCES)
	@npx eslint --max-warnings 0 .

# Regenerates tests/data/expected/ from tests/data/requests/ on purpose:
# review the diff before committing it.
golden: build
	@./build/release/tests/tradeoff_golden tests/data/requests tests/data/expected

bench: site test-deps
	@./build/release/bench/tradeoff_bench
	@node bench/site_size.mjs build/site
	@node --expose-gc bench/wasm_speed.mjs build/site build/release/bench/tradeoff_bench
	@node bench/page_latency.mjs build/site

clean:
	@rm -rf build
