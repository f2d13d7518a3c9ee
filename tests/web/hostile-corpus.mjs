// The hostile links and story messages the browser tests try
// (tests/web/hostile.test.mjs), grouped in classes. Not a test file itself.
//
// A link entry: { what, query, expect: { country, sets }, names }
//   expect: the state that must be on screen (the country's code and the
//           levers that differ from the defaults, as --set arguments);
//   names:  what the message box must name (strings or regular
//           expressions), or [] when nothing is ignored.
// A message entry: { what, message, names, follows }
//   follows: the message is one the calculator carries out (else the state
//            on screen must not move).

/** Markup and script that would run or show if anything were inserted as HTML. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  "'-alert(1)-'",
];

import { MAX_QUERY_LENGTH } from '../../web/link.mjs';

const DEFAULT_COUNTRY = 'BE';
const dotted = (id) => id.slice(1).replaceAll('/', '.');
const q = (pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
const entry = (what, query, { country = DEFAULT_COUNTRY, sets = {}, names = [] } = {}) => ({
  what,
  query,
  expect: { country, sets },
  names,
});

/** Values a numeric lever must refuse although JavaScript's Number() would take them. */
export const NOT_DECIMALS = [
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '0x10',
  '0b101',
  '0o7',
  '+5',
  '.5',
  '5.',
  '1_000',
  ' 5',
  '5 ',
  '\u00a05',
  '5\u2007',
  '\u0665',
  '5,5',
  '1e',
  '--5',
];

/** The link corpus, by class. `levers` is describe()'s lever table. */
export function hostileLinks(levers) {
  const fund = 'pooling.eu_fund_eur_bn';
  const viewKeys = ['v', 'country', 'view', 'chart', 'theme', 'lang', 'lock', 'levers', 'draws', 'seed', 'a'];
  const leverKeys = levers.map((l) => dotted(l.id));
  const classes = {};

  // Script and HTML in every parameter: as its value, then as its key.
  classes['script and HTML in every parameter'] = [
    ...[...viewKeys, ...leverKeys, `a.${fund}`].map((key, i) => {
      const payload = PAYLOADS[i % PAYLOADS.length];
      return entry(`${payload} as ${key}`, q([[key, payload]]), { names: [payload] });
    }),
    ...PAYLOADS.map((payload) => entry(`${payload} as a key`, q([[payload, '1']]), { names: [payload] })),
    // The same in every parameter at once, with one good value among them.
    entry(
      'markup in every view option at once, and a good country',
      q([...viewKeys.map((k) => [k, '<b>x</b>']), ['country', 'FR']]),
      { country: 'FR', names: ['<b>x</b>'] },
    ),
  ];

  classes['javascript: and data: URLs'] = [
    ['country', 'javascript:alert(1)'],
    ['view', 'javascript:window.__pwned=1'],
    ['a', 'data:text/html,<script>window.__pwned=1</script>'],
    ['lang', 'data:,x'],
    [fund, 'javascript:1'],
    ['levers', 'javascript:alert(1)'],
  ].map(([k, v]) => entry(`${v} as ${k}`, q([[k, v]]), { names: [v.slice(0, 40)] }));
  // Pym's keys are ignored quietly, whatever they hold; a hostile childId is not echoed.
  classes['javascript: and data: URLs'].push(
    entry(
      'javascript: as parentUrl, markup as childId',
      q([
        ['parentUrl', 'javascript:alert(1)'],
        ['childId', '<script>x</script>'],
        ['country', 'NL'],
      ]),
      { country: 'NL' },
    ),
  );

  classes['__proto__, constructor and prototype as keys and names'] = [
    ...['__proto__', 'constructor', 'prototype', '__proto__.polluted', 'constructor.prototype.polluted'].map((k) =>
      entry(`${k} as a key`, q([[k, '1']]), { names: [k] }),
    ),
    ...[`a.__proto__`, `a.constructor`].map((k) => entry(`${k} as A's key`, q([[k, '1']]), { names: [k] })),
    ...['country', 'view', 'lang', 'a', 'levers', 'lock'].flatMap((k) =>
      ['__proto__', 'constructor'].map((v) => entry(`${v} as ${k}`, q([[k, v]]), { names: [v] })),
    ),
    entry('__proto__ twice, with a good fund', '?__proto__=1&__proto__=2&pooling.eu_fund_eur_bn=7', {
      sets: { [fund]: 7 },
      names: ['__proto__'],
    }),
  ];

  classes['numbers a link must refuse'] = [
    ...NOT_DECIMALS.map((v) => entry(`the fund as "${v}"`, q([[fund, v]]), { names: [v] })),
    entry('the fund empty', q([[fund, '']]), { names: [/\u201c\u201d/] }),
    entry('the target year 2035.5', q([['nato.target_year', '2035.5']]), { names: ['2035.5'] }),
    entry('draws as 0x10', q([['draws', '0x10']]), { names: ['0x10'] }),
    entry('seed as -1', q([['seed', '-1']]), { names: ['-1'] }),
    entry('seed as 2^53', q([['seed', String(2 ** 53)]]), { names: [String(2 ** 53)] }),
    entry('draws as 20001', q([['draws', '20001']]), { names: ['20001'] }),
  ];

  classes['numbers a link must take'] = [
    entry('the fund as -0', q([[fund, '-0']]), { sets: { [fund]: 0 } }),
    entry('the fund as 1e2', q([[fund, '1e2']]), { sets: { [fund]: 100 } }),
    entry('the fund as 12.50', q([[fund, '12.50']]), { sets: { [fund]: 12.5 } }),
    entry('the target year as 2.03e3', q([['nato.target_year', '2.03e3']]), { sets: { 'nato.target_year': 2030 } }),
    entry('draws and seed at their limits', '?draws=20000&seed=9007199254740991', {}),
  ];

  classes['repeated keys'] = [
    entry('a good fund, then 1e309', `?${fund}=5&${fund}=1e309`, { names: [fund, '1e309'] }),
    entry('1e309, then a good fund', `?${fund}=1e309&${fund}=5`, { sets: { [fund]: 5 }, names: [fund] }),
    entry('France, then junk', `?country=FR&country=${encodeURIComponent('<junk>')}`, {
      names: ['country', '<junk>'],
    }),
    entry('junk, then France', `?country=${encodeURIComponent('<junk>')}&country=FR`, {
      country: 'FR',
      names: ['country'],
    }),
    entry('one key five times', `?${[1, 2, 3, 4, 5].map((v) => `${fund}=${v}`).join('&')}`, {
      sets: { [fund]: 5 },
      names: [fund],
    }),
  ];

  classes['text direction and invisible characters'] = [
    entry('a right-to-left override in the country', q([['country', '\u202eRF']]), { names: ['\ufffdRF'] }),
    entry('an isolate in a key', q([['a\u2066b', '1']]), { names: ['a\ufffdb'] }),
    entry('a zero-width space in a value', q([[fund, '5\u200b']]), { names: ['5\ufffd'] }),
    entry('a NUL in a value', q([['view', 'card\u0000']]), { names: ['card\ufffd'] }),
  ];

  classes['unknown views, charts, themes and languages'] = [
    ['view', 'poster'],
    ['view', 'FULL'],
    ['chart', 'pie'],
    ['theme', 'neon'],
    ['lang', 'ar'],
    ['lang', 'en-GB'],
    ['lang', 'xx'],
    ['lock', 'everything'],
    ['v', '2'],
    ['a', 'nato_last'],
  ].map(([k, v]) => entry(`${k}=${v}`, q([[k, v]]), { names: [v] }));

  classes['sizes: 10,000 parameters, 100 KB values'] = [
    entry('10,000 parameters', `?${Array.from({ length: 10000 }, (_, i) => `k${i}=1`).join('&')}`, {
      names: [/too long/],
    }),
    entry('a 100 KB value', `?country=${'x'.repeat(100 * 1024)}`, { names: [/too long/] }),
    entry('a 100 KB key', `?${'y'.repeat(100 * 1024)}=1`, { names: [/too long/] }),
    entry('a long value just under the limit', `?country=${'z'.repeat(MAX_QUERY_LENGTH - 20)}`, {
      names: [`${'z'.repeat(40)}\u2026`],
    }),
  ];

  return classes;
}

/**
 * Every lever at its limits and just past them, for the story messages
 * (tradeoff:set), each with the --set arguments the CLI takes: the page must
 * agree with the CLI on what it accepts.
 */
export function leverLimits(levers) {
  const out = [];
  for (const l of levers) {
    const key = dotted(l.id);
    if (l.type === 'number' || l.type === 'integer') {
      const step = l.type === 'integer' ? 1 : l.step;
      for (const [what, v] of [
        ['min', l.min],
        ['max', l.max],
        ['below min', Number((l.min - step).toFixed(6))],
        ['above max', Number((l.max + step).toFixed(6))],
      ])
        out.push({ what: `${key} ${what} (${v})`, key, value: v, id: l.id, inRange: v >= l.min && v <= l.max });
    } else if (l.type === 'choice') {
      for (const c of l.choices) out.push({ what: `${key}=${c}`, key, value: c, id: l.id, inRange: true });
      out.push({ what: `${key}=nope`, key, value: 'nope', id: l.id, inRange: false });
    } else {
      for (const v of [true, false]) out.push({ what: `${key}=${v}`, key, value: v, id: l.id, inRange: true });
      out.push({ what: `${key}=2`, key, value: '2', id: l.id, inRange: false });
    }
  }
  return out;
}

/** Messages the parent posts that are not the story API's: nothing is shown, nothing moves. */
export const FOREIGN_MESSAGES = [
  ['a string', 'tradeoff:set'],
  ['an array', ['tradeoff:set', 'country=SE']],
  ['null', null],
  ['a number', 42],
  ['a type that is not text', { type: 5, query: 'country=SE' }],
  ['an empty object', {}],
  ['another library\u2019s message', { type: 'other:set', query: 'country=SE' }],
  ['a Pym.js message', 'pymxPYMxstoryxPYMxwidthxPYMx600'],
  ['the calculator\u2019s own height message', { type: 'tradeoff:height', height: 10 }],
  ['a date', new Date(0)],
  ['a large array', Array.from({ length: 100000 }, () => 'tradeoff:set')],
];

/**
 * Messages of ours that cannot be followed: each is named (`names`), and the
 * state stays. Built in the page, as some cannot be written as JSON.
 */
export const MALFORMED_MESSAGES = [
  ['set without a query', { type: 'tradeoff:set' }, [/not a link/]],
  ['set with a number as query', { type: 'tradeoff:set', query: 5 }, [/not a link/]],
  [
    'set with a query over the limit',
    { type: 'tradeoff:set', query: `country=SE&${'x'.repeat(MAX_QUERY_LENGTH)}=1` },
    [/not a link/],
  ],
  ['set with a 10 MB query', { type: 'tradeoff:set', query: 'q'.repeat(10 * 1024 * 1024) }, [/not a link/]],
  ['chart pie', { type: 'tradeoff:chart', chart: 'pie' }, ['\u201cpie\u201d']],
  ['chart as an object', { type: 'tradeoff:chart', chart: { toString: 'path' } }, ['\u201cobject\u201d']],
  [
    'highlight with markup',
    { type: 'tradeoff:highlight', figure: '<img src=x onerror=window.__pwned=1>' },
    ['<img src=x onerror=window.__pwned=1>'],
  ],
  ['highlight of 100 characters', { type: 'tradeoff:highlight', figure: 'f'.repeat(100) }, [`${'f'.repeat(40)}\u2026`]],
  ['an unknown type', { type: 'tradeoff:explode' }, ['tradeoff:explode']],
  ['an unknown type with a right-to-left override', { type: 'tradeoff:\u202eevil' }, ['tradeoff:\ufffdevil']],
];
