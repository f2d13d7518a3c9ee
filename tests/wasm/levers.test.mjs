// The lever table as the module's clients see it: every lever of describe()
// is declared in tradeoff.d.ts (at its place in Scenario, per country where
// it can be overridden, with its choices), has a label in the page's
// dictionary, travels through a page link and back, and is refused out of
// range with the unit id the model gives it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';

import { has } from '../../web/i18n.mjs';
import { readLink, writeLink } from '../../web/link.mjs';
import { model, SITE, TradeoffError } from './module.mjs';

const { levers, units, data } = model.describe();
const declarations = readFileSync(join(SITE, 'tradeoff.d.ts'), 'utf8');

/** The body of `interface name { ... }` (or a property's `{ ... }`) in the declarations. */
function block(text, opening) {
  const start = text.indexOf(opening);
  assert.ok(start >= 0, `tradeoff.d.ts has no ${opening}`);
  let depth = 0;
  for (let i = text.indexOf('{', start); i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(text.indexOf('{', start) + 1, i);
  }
  throw new Error(`unbalanced braces after ${opening}`);
}

/** The declaration of a property path ["pooling", "joint_share_pct", "end"] inside `body`. */
function declared(body, path) {
  const [name, ...rest] = path;
  const at = body.search(new RegExp(`\\b${name}\\?:`));
  if (at < 0) return null;
  if (!rest.length) return body.slice(at, body.indexOf(';', at));
  return declared(block(body.slice(at), `${name}?:`), rest);
}

test('every lever is declared in tradeoff.d.ts, with its choices', () => {
  const scenario = block(declarations, 'export interface Scenario');
  const overrides = block(scenario, 'overrides?:');
  for (const lever of levers) {
    const path = lever.id.split('/').slice(1);
    const line = declared(scenario, path);
    assert.ok(line, `${lever.id} is not declared in Scenario`);
    for (const choice of lever.choices ?? []) assert.match(line, new RegExp(`'${choice}'`), `${lever.id}: ${choice}`);
    if (lever.type === 'boolean') assert.match(line, /boolean/, lever.id);
    if (lever.overridable) {
      assert.ok(declared(overrides, path.slice(1)), `${lever.id} is not declared per country`);
    }
  }
});

test('every lever has a label in the page and travels through a link', () => {
  const defaults = Object.fromEntries(levers.map((l) => [l.id, l.default]));
  const countries = data.countries.map((c) => c.code);
  for (const lever of levers) {
    assert.ok(has(lever.label), `no page label ${lever.label}`);
    const value =
      lever.type === 'choice'
        ? lever.choices.find((c) => c !== lever.default)
        : lever.type === 'boolean'
          ? !lever.default
          : lever.default === lever.max
            ? lever.min
            : lever.max;
    const query = writeLink(
      { country: 'FR', values: { ...defaults, [lever.id]: value } },
      { levers, defaultCountry: 'BE' },
    );
    const back = readLink(`?${query}`, { levers, countries, label: (l) => l.id });
    assert.deepEqual(back.messages, [], `${lever.id}: ${query}`);
    assert.deepEqual(back.values, { [lever.id]: value }, `${lever.id}: ${query}`);
    assert.equal(back.country, 'FR');
  }
});

test('every numeric lever is refused out of range with its unit id, which describe() names', () => {
  const known = new Set(units.map((u) => u.id));
  for (const lever of levers.filter((l) => l.type === 'number' || l.type === 'integer')) {
    assert.ok(known.has(lever.unit), `${lever.id}: unit ${lever.unit}`);
    const keys = lever.id.split('/').slice(1);
    const scenario = {};
    let node = scenario;
    for (const key of keys.slice(0, -1)) node = node[key] = {};
    node[keys.at(-1)] = lever.min - 1;
    assert.throws(
      () => model.run(scenario),
      (e) =>
        e instanceof TradeoffError &&
        e.path === lever.id &&
        e.rule === 'between' &&
        e.params.unit === lever.unit &&
        e.params.min === lever.min &&
        e.params.got === lever.min - 1,
      lever.id,
    );
  }
});
