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

  // An object with every series' name, copied with its shape (cheap in V8)
  // before its values are set: filling an empty object key by key costs
  // several times more.
  const seriesShape = Object.fromEntries(seriesNames.map((name) => [name, null]));

  /** The last run's numbers, copied out in one piece and viewed per series: { series, total }. */
  function seriesOf(countries, years) {
    const cells = countries * years;
    const { buffer } = doubles(wasm._tradeoff_run_numbers(), seriesNames.length * (cells + years));
    const totalsAt = seriesNames.length * cells * 8;
    const series = { ...seriesShape };
    const total = { ...seriesShape };
    seriesNames.forEach((name, i) => {
      series[name] = new Float64Array(buffer, i * cells * 8, cells);
      total[name] = new Float64Array(buffer, totalsAt + i * years * 8, years);
    });
    return { series, total };
  }

  /** The last frontier's points, one Float64Array per column. */
  function frontierPoints() {
    const n = wasm._tradeoff_frontier_point_count();
    const flat = doubles(wasm._tradeoff_frontier_points(), n * pointColumns.length);
    const points = {};
    pointColumns.forEach((name, k) => {
      points[name] = Float64Array.from({ length: n }, (_, i) => flat[i * pointColumns.length + k]);
    });
    return points;
  }

  function runArrays(scenario) {
    const header = answer(withStrings([requestText(scenario)], (s) => wasm._tradeoff_run_arrays(s)));
    return { ...header, ...seriesOf(header.countries.length, header.years.length) };
  }

  /** The run as the CLI's `run --format csv` writes it, its "#" header lines included. */
  const runCsv = (scenario) => answer(withStrings([requestText(scenario)], (s) => wasm._tradeoff_run_csv(s)));

  function frontierArrays(request) {
    const header = answer(withStrings([requestText(request)], (r) => wasm._tradeoff_frontier_arrays(r)));
    return { ...header, points: frontierPoints() };
  }

  // The fast path: levers as numbers in the table's order (describe's; a
  // choice as its index, a boolean as 0 or 1), written straight into linear
  // memory. Constant parts (countries, versions) are read once; a run's
  // header comes back as JSON only when its horizon or notes change.
  const leverIds = description.levers.map((l) => l.id);
  const COUNTRY_SETS = ['EU27', 'EU_NATO', 'ALL'];
  const runHeaders = COUNTRY_SETS.map(() => null);
  const countryInfo = description.data.countries.map(({ code, name, eu, nato }) =>
    Object.freeze({ code, name, eu, nato }),
  );
  const rowOf = new Map(countryInfo.map((c, row) => [c.code, row]));
  const leverIndex = (id) => leverIds.indexOf(id);
  const [TARGET_YEAR, END_YEAR] = [leverIndex('/nato/target_year'), leverIndex('/end_year')];

  const lastAnswer = () => JSON.parse(wasm.UTF8ToString(wasm._tradeoff_last_answer()));
  const refused = () => new TradeoffError(lastAnswer().error);

  function writeLevers(values) {
    if (values?.length !== leverIds.length) {
      throw new TradeoffError({
        code: 'inconsistent',
        path: '',
        rule: 'lever_count',
        params: { expected: leverIds.length, got: values?.length ?? null },
        message: `expected ${leverIds.length} lever values, got ${values?.length ?? 'none'}`,
      });
    }
    wasm.HEAPF64.set(values, wasm._tradeoff_levers() / 8);
  }

  /** A whole number the C interface can take as an int. */
  function int32(value, path) {
    if (!Number.isInteger(value)) {
      throw new TradeoffError({
        code: 'wrong_type',
        path,
        rule: 'type',
        params: { expected: 'whole_number' },
        message: `must be a whole number, got ${typeof value === 'number' ? `the number ${value}` : typeof value}`,
      });
    }
    if (Math.abs(value) > 1e9) {
      throw new TradeoffError({
        code: 'out_of_range',
        path,
        rule: 'far_outside',
        params: { got: value },
        message: `is far outside any valid range (got ${value})`,
      });
    }
    return value;
  }

  function runLevers(values, countries = 'EU27') {
    const set = COUNTRY_SETS.indexOf(countries);
    if (set < 0) {
      throw new TradeoffError({
        code: 'out_of_range',
        path: '/countries',
        rule: 'one_of',
        params: { choices: COUNTRY_SETS, got: String(countries) },
        message: `must be one of ${COUNTRY_SETS.join(', ')} (got '${countries}')`,
      });
    }
    writeLevers(values);
    const status = wasm._tradeoff_run_levers(set);
    if (status < 0) throw refused();
    if (status === 1) runHeaders[set] = Object.freeze(lastAnswer().result);
    const header = runHeaders[set];
    return { ...header, ...seriesOf(header.countries.length, header.years.length) };
  }

  function frontierLevers(values, { country = 'BE', year, points = 21 } = {}) {
    const row = typeof country === 'string' ? rowOf.get(country.toUpperCase()) : undefined;
    if (row === undefined) {
      const got = String(country).slice(0, 40);
      throw new TradeoffError({
        code: 'unknown_country',
        path: '/country',
        rule: 'country_code',
        params: { got },
        message: `'${got}' is not a country code in the data`,
      });
    }
    const asked = year === undefined ? Math.min(values[TARGET_YEAR], values[END_YEAR]) : int32(year, '/year');
    int32(points, '/points');
    writeLevers(values);
    if (wasm._tradeoff_frontier_levers(row, asked, points) < 0) throw refused();
    const s = doubles(wasm._tradeoff_frontier_scalars(), 7);
    const orNull = (v) => (Number.isNaN(v) ? null : v);
    return {
      model_version: description.model_version,
      data_version: description.data_version,
      country: { ...countryInfo[row] },
      year: s[0],
      gdp_eur_bn: orNull(s[1]),
      nato_gdp_eur_bn: orNull(s[2]),
      total_effort_eur_bn: orNull(s[3]),
      nato_core_target_pct_gdp: orNull(s[4]),
      current_p: orNull(s[5]),
      p_star: orNull(s[6]),
      points: frontierPoints(),
    };
  }

  return Object.freeze({
    run: (scenario) => call('run', scenario),
    frontier: (request) => call('frontier', request),
    sensitivity: (request) => call('sensitivity', request),
    check: (scenario) => call('check', scenario).problems,
    describe: () => structuredClone(description),
    countries: () => call('countries'),
    runArrays,
    runCsv,
    frontierArrays,
    runLevers,
    frontierLevers,
  });
}
