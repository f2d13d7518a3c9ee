// The page's fast path (runLevers, frontierLevers: levers as numbers, no
// JSON in) gives the JSON API's numbers to the last bit, keeps each country
// set's header right as the horizon and the notes change, and refuses bad
// values with the same code, path, rule and parameters as the JSON API.
import assert from 'node:assert/strict';
import test from 'node:test';

import { model, mulberry32, TradeoffError } from './module.mjs';

const { levers, data } = model.describe();
const codes = data.countries.map((c) => c.code);

/** Lever values by id as the fast path takes them: a choice as its index, a boolean as 0/1. */
const asArray = (values) =>
  Float64Array.from(levers, (l) => {
    const v = values[l.id];
    if (l.type === 'choice') return l.choices.indexOf(v);
    return typeof v === 'boolean' ? Number(v) : v;
  });

/** The same values as a scenario document for the JSON API. */
function asScenario(values, countries) {
  const scenario = { countries };
  for (const l of levers) {
    const keys = l.id.split('/').slice(1);
    let node = scenario;
    for (const key of keys.slice(0, -1)) node = node[key] ??= {};
    node[keys.at(-1)] = values[l.id];
  }
  return scenario;
}

const defaults = () => Object.fromEntries(levers.map((l) => [l.id, l.default]));

function randomValues(random) {
  const values = defaults();
  for (const l of levers) {
    if (random() < 0.3) continue;
    if (l.type === 'boolean') values[l.id] = random() < 0.5;
    else if (l.type === 'choice') values[l.id] = l.choices[Math.floor(random() * l.choices.length)];
    else if (l.type === 'integer') values[l.id] = l.min + Math.floor(random() * (l.max - l.min + 1));
    else values[l.id] = l.min + random() * (l.max - l.min);
  }
  return values;
}

/** Equal to the last bit: Object.is on every number, deepEqual on the rest. */
function assertSameBits(actual, expected, label) {
  const diffs = [];
  const walk = (a, e, path) => {
    if (ArrayBuffer.isView(e) || ArrayBuffer.isView(a)) {
      if (a.length !== e.length) diffs.push(`${path}: length ${a.length} vs ${e.length}`);
      for (let i = 0; i < e.length && diffs.length < 10; i++) {
        if (!Object.is(a[i], e[i])) diffs.push(`${path}[${i}]: ${a[i]} vs ${e[i]}`);
      }
    } else if (e !== null && typeof e === 'object') {
      assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), `${label}${path}: keys`);
      for (const k of Object.keys(e)) walk(a[k], e[k], `${path}/${k}`);
    } else if (!Object.is(a, e)) {
      diffs.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(e)}`);
    }
  };
  walk(actual, expected, '');
  assert.deepEqual(diffs, [], `${label}: the fast path and the JSON API differ`);
}

test('runLevers and frontierLevers equal runArrays and frontierArrays bit for bit (40 seeded scenarios)', () => {
  const random = mulberry32(20261129);
  for (let i = 0; i < 40; i++) {
    const values = randomValues(random);
    const countries = ['EU27', 'EU_NATO', 'ALL'][i % 3];
    const label = `scenario ${i} (${countries})`;
    assertSameBits(model.runLevers(asArray(values), countries), model.runArrays(asScenario(values, countries)), label);
    const country = codes[Math.floor(random() * codes.length)];
    const year = Math.min(values['/nato/target_year'], values['/end_year']);
    const request = { scenario: asScenario(values, 'EU27'), country, year, points: 51 };
    assertSameBits(
      model.frontierLevers(asArray(values), { country, year, points: 51 }),
      model.frontierArrays(request),
      `${label}, frontier of ${country}`,
    );
  }
});

test('the header follows the horizon and the notes, per country set', () => {
  const base = defaults();
  const steps = [
    ['defaults', base],
    ['a shorter horizon', { ...base, '/end_year': 2030 }],
    [
      'the EU fund paid from budgets, larger than some',
      {
        ...base,
        '/pooling/eu_fund_financing': 'from_defence_budget',
        '/pooling/eu_fund_eur_bn': 400,
      },
    ],
    ['defaults again', base],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [name, values] of steps) {
      for (const countries of ['ALL', 'EU27']) {
        const fast = model.runLevers(asArray(values), countries);
        const json = model.runArrays(asScenario(values, countries));
        for (const key of ['years', 'countries', 'notes', 'model_version', 'data_version']) {
          assert.deepEqual(fast[key], json[key], `${name}, ${countries}, round ${round}: ${key}`);
        }
      }
    }
  }
  const cut = model.runLevers(asArray(steps[2][1]), 'ALL');
  assert.ok(
    cut.notes.some((n) => n.id === 'eu_fund_cut' && typeof n.params.year === 'number'),
    'the cut fund is noted',
  );
});

test('a refused value has the JSON API code, path, rule and parameters, and leaves the module working', () => {
  const base = defaults();
  const cases = [
    ['/pooling/eu_fund_eur_bn', -1],
    ['/pooling/eu_fund_eur_bn', Number.NaN],
    ['/end_year', 2051],
    ['/nato/target_year', 2035.5],
    ['/economy/nominal_growth_pct', Infinity],
  ];
  for (const [id, bad] of cases) {
    const values = asArray(base);
    values[levers.findIndex((l) => l.id === id)] = bad;
    assert.throws(
      () => model.runLevers(values, 'ALL'),
      (e) => {
        assert.ok(e instanceof TradeoffError);
        assert.equal(e.path, id);
        if (Number.isInteger(bad) || (Number.isFinite(bad) && !id.endsWith('year'))) {
          // The JSON API refuses the same value the same way.
          let json;
          try {
            model.run(asScenario({ ...base, [id]: bad }, 'ALL'));
          } catch (error) {
            json = error;
          }
          assert.deepEqual([e.code, e.rule, e.params], [json.code, json.rule, json.params], id);
        } else if (Number.isFinite(bad)) {
          // JSON reads a year as a whole number first (rule "type"); numbers come here as they are.
          assert.deepEqual([e.code, e.rule, e.params], ['wrong_type', 'whole_number', { got: bad }], id);
        } else {
          assert.deepEqual([e.code, e.rule], ['wrong_type', 'finite'], id);
        }
        return true;
      },
      `${id} = ${bad}`,
    );
  }
  const choiceIndex = levers.findIndex((l) => l.id === '/spending/path');
  const badChoice = asArray(base);
  badChoice[choiceIndex] = 3;
  assert.throws(() => model.runLevers(badChoice), { code: 'out_of_range', rule: 'one_of', path: '/spending/path' });
  assert.throws(() => model.runLevers(asArray(base).subarray(1)), { code: 'inconsistent', rule: 'lever_count' });
  assert.throws(() => model.runLevers(asArray(base), 'EU28'), { code: 'out_of_range', path: '/countries' });
  assert.throws(() => model.frontierLevers(asArray(base), { country: 'ZZ' }), {
    code: 'unknown_country',
    path: '/country',
  });
  assert.throws(() => model.frontierLevers(asArray(base), { country: 'BE', points: 2.5 }), {
    code: 'wrong_type',
    path: '/points',
  });
  assert.throws(() => model.frontierLevers(asArray(base), { country: 'BE', points: 2 ** 40 }), {
    code: 'out_of_range',
    path: '/points',
  });
  assert.throws(() => model.frontierLevers(asArray(base), { country: 'BE', points: 5000 }), {
    code: 'limit_exceeded',
    rule: 'at_most',
    path: '/points',
  });
  // Still right after every refusal.
  assertSameBits(model.runLevers(asArray(base), 'ALL'), model.runArrays(asScenario(base, 'ALL')), 'after errors');
});
