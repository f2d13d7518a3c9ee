// The link reader and writer (web/link.mjs) in Node, without a browser: the
// syntax, the version, renamed keys, the view options, hostile values, and
// round trips. The browser tests open real links; these cover the corners.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { environment } from './support.mjs';
import { CARD_LEVERS, DEFAULT_OPTIONS, MAX_QUERY_LENGTH, readLink, writeLink } from '../../web/link.mjs';

const env = environment();
const description = JSON.parse(execFileSync(env.TRADEOFF_BIN, ['describe', '--format', 'json'], { encoding: 'utf8' }));
const levers = description.levers;
const countries = [...description.data.countries.map((c) => c.code), 'EU27'];
const context = { levers, countries, label: (l) => l.id };
const read = (query, extra = {}) => readLink(query, { ...context, ...extra });
const defaults = Object.fromEntries(levers.map((l) => [l.id, l.default]));

test('a first-release link and a v=1 link read the same', () => {
  const old = read('?country=FR&pooling.eu_fund_eur_bn=50');
  const v1 = read('?v=1&country=FR&pooling.eu_fund_eur_bn=50');
  assert.deepEqual(old, v1);
  assert.deepEqual(old, {
    country: 'FR',
    values: { '/pooling/eu_fund_eur_bn': 50 },
    options: {},
    pinned: null,
    messages: [],
  });
});

test('a renamed lever key still opens the same scenario', () => {
  const renamed = new Map([['pooling.eu_fund_bn', 'pooling.eu_fund_eur_bn']]);
  const r = read('?pooling.eu_fund_bn=12.5', { renamed });
  assert.deepEqual(r.values, { '/pooling/eu_fund_eur_bn': 12.5 });
  assert.deepEqual(r.messages, []);
  const listed = read('?view=card&levers=pooling.eu_fund_bn,nato.core_target_pct_gdp', { renamed });
  assert.deepEqual(listed.options.levers, ['/pooling/eu_fund_eur_bn', '/nato/core_target_pct_gdp']);
});

test('the card levers are levers of the model', () => {
  for (const id of CARD_LEVERS)
    assert.ok(
      levers.some((l) => l.id === id),
      id,
    );
});

test('view options: known values kept, others named', () => {
  const r = read('?view=card&chart=frontier&lock=country&theme=dark&levers=pooling.eu_fund_eur_bn');
  assert.deepEqual(r.options, {
    view: 'card',
    chart: 'frontier',
    lock: ['country'],
    theme: 'dark',
    levers: ['/pooling/eu_fund_eur_bn'],
  });
  const bad = read('?view=poster&chart=pie&theme=neon&lock=everything&levers=nope');
  assert.deepEqual(bad.options, { lock: [], levers: [] });
  assert.equal(bad.messages.length, 5, bad.messages.join('\n'));
  assert.ok(bad.messages.some((m) => m.includes('poster')));
});

test('numbers: plain decimals only, as in the model\u2019s JSON', () => {
  const fund = (text) => read(`?pooling.eu_fund_eur_bn=${encodeURIComponent(text)}`);
  for (const good of ['0', '50', '12.5', '1e2', '-0']) {
    const r = fund(good);
    assert.deepEqual(r.messages, [], good);
    assert.ok(Object.is(r.values['/pooling/eu_fund_eur_bn'], Number(good) || 0), good);
  }
  for (const bad of ['0x10', '0b101', '+5', '.5', '5.', '1e309', 'NaN', 'Infinity', '1_000', '', '\u00a05']) {
    const r = fund(bad);
    assert.deepEqual(r.values, {}, `"${bad}" was accepted`);
    assert.equal(r.messages.length, 1, `"${bad}": ${r.messages}`);
  }
});

test('a repeated key: the last one counts, and the reader is told', () => {
  const r = read('?pooling.eu_fund_eur_bn=5&pooling.eu_fund_eur_bn=7&country=FR&country=DE');
  assert.deepEqual(r.values, { '/pooling/eu_fund_eur_bn': 7 });
  assert.equal(r.country, 'DE');
  assert.equal(r.messages.length, 2);
});

test('echoed values cannot reverse or hide text', () => {
  const r = read(`?country=${encodeURIComponent('\u202eRF')}&${encodeURIComponent('a\u2066b')}=1`);
  for (const m of r.messages) assert.doesNotMatch(m, /[\u202a-\u202e\u2066-\u2069]/, m);
  assert.equal(r.messages.length, 2);
});

test('keys that Pym.js adds to an iframe address are ignored quietly', () => {
  const r = read('?initialWidth=640&childId=story&parentTitle=x&parentUrl=https%3A%2F%2Fexample.org%2F&country=NL');
  assert.deepEqual(r, { country: 'NL', values: {}, options: {}, pinned: null, messages: [] });
});

test('too long a query is not read', () => {
  const r = read(`?${'a'.repeat(MAX_QUERY_LENGTH)}=1`);
  assert.deepEqual(r.values, {});
  assert.equal(r.messages.length, 1);
});

test('the longest links the page writes are read back', () => {
  // Every lever typed to 17 digits and A pinned with the same: a state the page reaches, over 2 KB.
  const typed = (l) =>
    l.type === 'number'
      ? l.min + (l.max - l.min) * 0.012345678901234567
      : l.type === 'integer'
        ? l.max
        : l.type === 'boolean'
          ? !l.default
          : l.choices.find((c) => c !== l.default);
  const values = Object.fromEntries(levers.map((l) => [l.id, typed(l)]));
  const options = { view: 'card', chart: 'frontier', theme: 'dark', lang: 'nl', lock: ['country'], draws: 19999 };
  const state = { country: 'EU27', values, pinned: { name: 'europe_first', values } };
  const query = writeLink(state, { levers, defaultCountry: 'BE', options: { ...options, seed: 2 ** 53 - 1 } });
  assert.ok(query.length > 2000, `${query.length}`);
  const back = read(query);
  assert.deepEqual(back.messages, []);
  assert.deepEqual(back.values, values);
  assert.deepEqual(back.pinned, state.pinned);
  // The longest a link can be once read and written again: out-of-range values of 26 characters, every lever listed.
  const huge = Object.fromEntries(
    levers.map((l) => [l.id, l.type === 'number' || l.type === 'integer' ? -1.2345678901234567e300 : typed(l)]),
  );
  const worst = writeLink(
    { country: 'EU27', values: huge, pinned: { name: 'europe_first', values: huge } },
    { levers, defaultCountry: 'BE', options: { ...options, levers: levers.map((l) => l.id), seed: 2 ** 53 - 1 } },
  );
  assert.ok(worst.length <= MAX_QUERY_LENGTH, `${worst.length}`);
  assert.deepEqual(read(worst).messages, []);
});

test('writing then reading gives the state back', () => {
  // Every lever at a value other than its default, one at a time and all at once.
  const other = (l) =>
    l.type === 'boolean' ? !l.default : l.type === 'choice' ? l.choices.find((c) => c !== l.default) : l.max;
  const all = { ...defaults };
  for (const lever of levers) {
    const values = { ...defaults, [lever.id]: other(lever) };
    all[lever.id] = other(lever);
    const query = writeLink({ country: 'SE', values }, { levers, defaultCountry: 'BE' });
    const back = read(query);
    assert.deepEqual(back.messages, [], query);
    assert.equal(back.country, 'SE');
    assert.deepEqual({ ...defaults, ...back.values }, values, query);
  }
  const options = { view: 'card', chart: 'ranking', lock: ['country'], theme: 'dark', levers: CARD_LEVERS };
  const query = writeLink({ country: 'BE', values: all }, { levers, defaultCountry: 'BE', options });
  assert.match(query, /^v=1&/);
  const back = read(query);
  assert.deepEqual(back.messages, []);
  assert.equal(back.country, null, 'the default country is not written');
  assert.deepEqual({ ...defaults, ...back.values }, all);
  assert.deepEqual(back.options, { ...options, levers: [...CARD_LEVERS] });
});

test('a second scenario A travels as a=<name> and a.<key>=<value>, and round-trips', () => {
  const r = read(
    '?country=FR&pooling.eu_fund_eur_bn=15&a=nato_first&a.pooling.eu_fund_eur_bn=0&a.nato.target_year=2031',
  );
  assert.deepEqual(r.pinned, {
    name: 'nato_first',
    values: { '/pooling/eu_fund_eur_bn': 0, '/nato/target_year': 2031 },
  });
  assert.deepEqual(r.values, { '/pooling/eu_fund_eur_bn': 15 });
  const query = writeLink(
    {
      country: 'FR',
      values: { ...defaults, '/pooling/eu_fund_eur_bn': 15 },
      pinned: { name: 'nato_first', values: { ...defaults, ...r.pinned.values } },
    },
    { levers, defaultCountry: 'BE' },
  );
  assert.deepEqual(read(`?${query}`), r);
  // A's keys alone pin A; an unknown name is refused and named.
  assert.equal(read('?a.end_year=2040').pinned.name, 'pinned');
  const bad = read('?a=<b>x</b>');
  assert.equal(bad.pinned, null);
  assert.equal(bad.messages.length, 1);
  assert.deepEqual(read('?a.nonsense=1').messages.length, 1);
});

test('seed 0 is written, and comes back as 0 (not as the default seed 1)', () => {
  const options = { ...DEFAULT_OPTIONS, seed: 0 };
  const query = writeLink({ country: 'BE', values: defaults }, { levers, defaultCountry: 'BE', options });
  assert.equal(query, 'v=1&seed=0');
  assert.deepEqual(read(query).options, { seed: 0 });
  // The options not given (null, or absent) are still not written.
  const dialog = { view: 'full', chart: null, lang: null, levers: null, lock: [] };
  assert.equal(
    writeLink({ country: 'BE', values: defaults }, { levers, defaultCountry: 'BE', options: dialog }),
    'v=1',
  );
});
