// The tradeoff model in WebAssembly, for browsers and Node 20.
//
//   import { loadTradeoff } from './tradeoff.mjs';
//   const model = await loadTradeoff();
//   const result = model.run({ countries: ['BE'] });
//
// Plain objects in and out; a failure throws a TradeoffError carrying the
// model's code, JSON pointer path and message. tradeoff.d.ts documents it all.

/**
 * A failure reported by the model: bad input, or (code "internal") a bug.
 * `rule` and `params` let a client word it in any language.
 */
export class TradeoffError extends Error {
  constructor({ code, path, rule = code, params = {}, message }) {
    super(path ? `${code} at ${path}: ${message}` : `${code}: ${message}`);
    this.name = 'TradeoffError';
    this.code = code;
    this.path = path;
    this.rule = rule;
    this.params = params;
    this.detail = message;
  }
}

const isNode =
  typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';

// Emscripten 3.1.6's glue looks for __dirname and require in Node, and would
// fetch() the .wasm by file path: hand it the bytes instead.
async function nodeOptions() {
  const [{ readFile }, { createRequire }, { fileURLToPath }] = await Promise.all([
    import('node:fs/promises'),
    import('node:module'),
    import('node:url'),
  ]);
  globalThis.__dirname ??= fileURLToPath(new URL('.', import.meta.url));
  globalThis.require ??= createRequire(import.meta.url);
  return { wasmBinary: await readFile(new URL('./tradeoff_wasm.wasm', import.meta.url)) };
}

function requestText(request) {
  if (request === undefined) return '{}';
  let text;
  try {
    text = JSON.stringify(request);
  } catch (e) {
    // A RangeError is a request nested too deep for the engine to print.
    const code = e instanceof RangeError ? 'limit_exceeded' : 'wrong_type';
    throw new TradeoffError({ code, path: '', rule: 'not_json', message: `the request is not JSON: ${e.message}` });
  }
  // undefined for functions and symbols: let the model name the problem.
  return text === undefined ? 'null' : text;
}

/**
 * Loads and instantiates the module. `options` goes to the Emscripten factory
 * (e.g. { wasmBinary } or { locateFile }).
 */
export async function loadTradeoff(options = {}) {
  const { default: createTradeoffModule } = await import('./tradeoff_wasm.mjs');
  const extra = isNode && !options.wasmBinary ? await nodeOptions() : {};
  const wasm = await createTradeoffModule({ ...extra, ...options });

  // Strings go through malloc'd memory, never the stack (ccall's way), so a
  // request of any size is safe.
  function withStrings(texts, fn) {
    const pointers = texts.map((text) => {
      const size = wasm.lengthBytesUTF8(text) + 1;
      const pointer = wasm._malloc(size);
      if (!pointer)
        throw new TradeoffError({ code: 'limit_exceeded', path: '', rule: 'memory', message: 'out of memory' });
      wasm.stringToUTF8(text, pointer, size);
      return pointer;
    });
    try {
      return fn(...pointers);
    } finally {
      pointers.forEach((p) => wasm._free(p));
    }
  }

  function answer(pointer) {
    const reply = JSON.parse(wasm.UTF8ToString(pointer));
    if (!reply.ok) throw new TradeoffError(reply.error);
    return reply.result;
  }

  const call = (command, request) =>
    answer(withStrings([command, requestText(request)], (c, r) => wasm._tradeoff_call(c, r)));

  const description = call('describe');
  const seriesNames = description.series.map((s) => s.id);
  const pointColumns = [
    'p',
    'nato_core_pct_gdp',
    'nato_related_credit_pct_gdp',
    'capability_eur_bn',
    'european_industry_share_pct',
  ];

  // Copies `length` doubles out of linear memory. HEAPF64 is read afresh:
  // memory growth during the call may have replaced the buffer.
  const doubles = (pointer, length) => wasm.HEAPF64.slice(pointer / 8, pointer / 8 + length);

  function runArrays(scenario) {
    const header = answer(withStrings([requestText(scenario)], (s) => wasm._tradeoff_run_arrays(s)));
    const cells = header.countries.length * header.years.length;
    const series = {};
    const total = {};
    seriesNames.forEach((name, i) => {
      series[name] = doubles(wasm._tradeoff_run_series(i), cells);
      total[name] = doubles(wasm._tradeoff_run_total(i), header.years.length);
    });
    return { ...header, series, total };
  }

  function frontierArrays(request) {
    const header = answer(withStrings([requestText(request)], (r) => wasm._tradeoff_frontier_arrays(r)));
    const n = wasm._tradeoff_frontier_point_count();
    const flat = doubles(wasm._tradeoff_frontier_points(), n * pointColumns.length);
    const points = {};
    pointColumns.forEach((name, k) => {
      points[name] = Float64Array.from({ length: n }, (_, i) => flat[i * pointColumns.length + k]);
    });
    return { ...header, points };
  }

  return Object.freeze({
    run: (scenario) => call('run', scenario),
    frontier: (request) => call('frontier', request),
    sensitivity: (request) => call('sensitivity', request),
    check: (scenario) => call('check', scenario).problems,
    describe: () => structuredClone(description),
    countries: () => call('countries'),
    runArrays,
    frontierArrays,
  });
}
