# The two commands of the README: `make demo` and `make test`.
# Both install missing Debian packages first (quietly when all are present).

.PHONY: all deps build demo test test-release test-asan format format-check golden bench clean

all: build

deps:
	@tools/install-deps.sh

build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release

demo: build
	@./build/release/cli/tradeoff run

test: deps format-check test-release test-asan

test-release: build
	@ctest --preset release

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan
	@ctest --preset asan

SOURCES = $(shell git ls-files '*.cpp' '*.hpp' 2>/dev/null)

format:
	@clang-format -i $(SOURCES)

format-check: deps
	@clang-format --dry-run --Werror $(SOURCES)

# Regenerates tests/data/expected/ from tests/data/requests/ on purpose:
# review the diff before committing it.
golden: build
	@./build/release/tests/tradeoff_golden tests/data/requests tests/data/expected

bench: build
	@./build/release/bench/tradeoff_bench

clean:
	@rm -rf build
