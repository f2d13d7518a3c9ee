// The headline sentence and the key figures of the chosen country in the
// headline year. headlineText() is pure: the change events a host page
// receives carry the same sentence the reader sees.

import { countryName, t } from '../../i18n.mjs';
import * as fmt from '../../format.mjs';
import { EU_TOTAL, selection } from '../model.mjs';
import { wordNote } from '../wording.mjs';
import { el, setAttrs, setHidden, setText } from '../dom.mjs';

/** Percentage points, worded in the page's language: "3.8 points". */
const points = (value, opts) => t('unit.points', { value: fmt.pointsValue(value, opts) });
/** The same in a figure, where space is short: "3.8 pts". */
const shortPoints = (value, opts) => t('unit.points.short', { value: fmt.pointsValue(value, opts) });

/** The key figures, in order: what a host page receives and each view shows as <data value>. */
export const FIGURES = [
  'total_effort_eur_bn',
  'total_effort_pct_gdp',
  'per_capita_eur',
  'extra_effort_eur_bn',
  'extra_per_capita_eur',
  'nato_core_pct_gdp',
  'pooling_gain_eur_bn',
  'european_industry_share_pct',
  'debt_impact_pct_gdp',
];

/** The country's name in a sentence; the EU total as "the EU" or "the EU's 27 members". */
export function placeName(ctx, sel, members = false) {
  if (sel.info.code !== EU_TOTAL) return countryName(sel.info.code, sel.info.name);
  return t(members ? 'country.eu_total.members' : 'country.eu_total.name', { members: ctx.euMembers });
}

/** The figures of a result as { name: value } (null for the model's "not defined"). */
export function figuresOf(result, which = 'scenario') {
  const sel = selection(result, which);
  const out = {};
  for (const name of FIGURES) {
    const value = sel.at(name, result.yearIndex);
    out[name] = Number.isFinite(value) ? value : null;
  }
  return out;
}

/**
 * The headline: what the country spends, and whether NATO's target is met;
 * unless `short` (the card), also what pooling buys and what borrowing costs.
 */
export function headlineText(ctx, result, { short = false, sides = null } = {}) {
  if (sides && result.pinned) return compareText(ctx, result, sides, short);
  const sel = selection(result);
  const v = (name) => sel.at(name, result.yearIndex);
  const extra = v('extra_effort_eur_bn');
  const sentences = [
    t(sel.info.code === EU_TOTAL ? 'headline.spend.eu' : 'headline.spend', {
      year: result.year,
      country: placeName(ctx, sel, true),
      effort: fmt.eurBn(v('total_effort_eur_bn')),
      effortPct: fmt.pct(v('total_effort_pct_gdp')),
      perCapita: fmt.eur(v('per_capita_eur')),
      extra: fmt.eurBn(Math.abs(extra)),
      moreOrLess: t(extra < 0 ? 'headline.less' : 'headline.more'),
    }),
  ];
  const target = fmt.pct(v('nato_core_target_pct_gdp'));
  if (!sel.info.nato) sentences.push(t('headline.nato.not_ally', { country: placeName(ctx, sel) }));
  else if (v('nato_core_gap_eur_bn') > 0) {
    sentences.push(
      t('headline.nato.short', {
        gap: fmt.eurBn(v('nato_core_gap_eur_bn')),
        target,
        core: fmt.pct(v('nato_core_pct_gdp')),
      }),
    );
  } else sentences.push(t('headline.nato.meets', { target }));
  if (short) return sentences.join(' ');
  sentences.push(
    t('headline.pooling', {
      capability: fmt.eurBn(v('capability_eur_bn')),
      gain: fmt.eurBn(v('pooling_gain_eur_bn')),
      share: fmt.pct(v('european_industry_share_pct'), 0),
    }),
  );
  const debt = v('debt_impact_pct_gdp');
  sentences.push(debt > 0 ? t('headline.debt', { debt: points(debt), year: result.year }) : t('headline.debt.none'));
  return sentences.join(' ');
}

/** B's difference from A, "B +€3.2bn", or "no difference" when it rounds to nothing. */
function differenceText(d, format) {
  const text = format(d);
  return /[1-9]/.test(text) ? t('compare.difference', { value: text }) : t('compare.same');
}

/** A translated sentence as text and nodes: each param that is a Node stands where its {name} is. */
function sentenceNodes(key, params) {
  const nodes = [];
  const text = {};
  for (const [name, value] of Object.entries(params)) {
    if (value instanceof Node) {
      text[name] = `\u0000${nodes.length}\u0000`;
      nodes.push(value);
    } else text[name] = value;
  }
  return t(key, text)
    .split('\u0000')
    .map((part, i) => (i % 2 ? nodes[Number(part)] : part));
}

/** An amount that never breaks across lines ("+€13.5bn" kept whole). */
const amount = (text) => el('span', { class: 'amount', text });

/** The headline while comparing: B against A on the figures that differ most between them. */
function compareText(ctx, result, sides, short) {
  const b = selection(result);
  const a = selection(result, 'pinned');
  const yi = result.yearIndex;
  const pair = (name, format, diff = null) => ({
    b: format(b.at(name, yi)),
    a: format(a.at(name, yi)),
    difference: diff ? diff(b.at(name, yi) - a.at(name, yi)) : '',
  });
  const signed = (v) => differenceText(v, (d) => fmt.eurBn(d, { sign: true }));
  const sentences = [
    t('headline.compare.intro', {
      year: result.year,
      country: placeName(ctx, b, true),
      b: sides.b.label,
      a: sides.a.label,
    }),
    t('headline.compare.effort', pair('total_effort_eur_bn', fmt.eurBn, signed)),
  ];
  if (b.info.nato)
    sentences.push(
      t(
        'headline.compare.nato',
        pair('nato_core_pct_gdp', (v) => fmt.pct(v)),
      ),
    );
  sentences.push(t('headline.compare.capability', pair('capability_eur_bn', fmt.eurBn, signed)));
  if (!short) {
    sentences.push(
      t(
        'headline.compare.industry',
        pair('european_industry_share_pct', (v) => fmt.pct(v, 0)),
      ),
    );
    sentences.push(
      t(
        'headline.compare.debt',
        pair('debt_impact_pct_gdp', (v) => points(v)),
      ),
    );
  }
  return sentences.join(' ');
}

/** The headline paragraph. */
export function headlineView(node, ctx) {
  return (result) => setText(node, headlineText(ctx, result));
}

/**
 * The five figure cards, built once; update(result, highlight) changes their
 * values and text. Each figure is a <data> element: the exact value for
 * machines, the rounded one for people.
 */
export function figuresView(list, ctx) {
  const data = {};
  const figure = (name) => (data[name] = el('data', { 'data-figure': name }));
  const sub = (node) => el('span', { class: 'sub' }, node);
  const cards = [];
  const card = (titleKey, main, ...rest) => {
    const title = el('dt');
    const node = el('div', { class: 'figure' }, title, el('dd', {}, main, ...rest));
    cards.push({ node, title, titleKey });
    return node;
  };
  // While comparing, each card also gives A's figure and B's difference from it.
  const versus = {};
  const versusLine = (name) => {
    const value = el('data', { 'data-figure-a': name });
    versus[name] = { line: el('span', { class: 'versus', hidden: true }), value };
    return versus[name].line;
  };
  // The likely ranges (5th to 95th percentile) of the pooling gain and the
  // capability, once the band's worker has them for this very result.
  const likely = el('span', { class: 'likely', hidden: true });
  const effortBaseline = el('span', { class: 'baseline' });
  const debtBaseline = el('span', { class: 'baseline' });
  const allies = el('span', { class: 'sub' });
  const status = el('span', { class: 'status' });
  list.replaceChildren(
    card(
      'figure.effort',
      figure('total_effort_eur_bn'),
      sub(figure('total_effort_pct_gdp')),
      sub(figure('per_capita_eur')),
      effortBaseline,
      versusLine('total_effort_eur_bn'),
    ),
    card(
      'figure.extra',
      figure('extra_effort_eur_bn'),
      sub(figure('extra_per_capita_eur')),
      versusLine('extra_effort_eur_bn'),
    ),
    card('figure.nato', figure('nato_core_pct_gdp'), allies, status, versusLine('nato_core_pct_gdp')),
    card(
      'figure.pooling',
      figure('pooling_gain_eur_bn'),
      sub(figure('european_industry_share_pct')),
      likely,
      versusLine('pooling_gain_eur_bn'),
    ),
    card('figure.debt', figure('debt_impact_pct_gdp'), debtBaseline, versusLine('debt_impact_pct_gdp')),
  );
  // How each compared figure and its difference read.
  const VERSUS = {
    total_effort_eur_bn: [fmt.eurBn, (d) => fmt.eurBn(d, { sign: true })],
    extra_effort_eur_bn: [(v) => fmt.eurBn(v, { sign: true }), (d) => fmt.eurBn(d, { sign: true })],
    nato_core_pct_gdp: [(v) => fmt.pct(v), (d) => shortPoints(d, { sign: true })],
    pooling_gain_eur_bn: [(v) => fmt.eurBn(v, { sign: true }), (d) => fmt.eurBn(d, { sign: true })],
    debt_impact_pct_gdp: [(v) => shortPoints(v, { sign: true }), (d) => shortPoints(d, { sign: true })],
  };

  const show = (name, value, text) => {
    setAttrs(data[name], { value: Number.isFinite(value) ? String(value) : '' });
    setText(data[name], text);
  };
  const baseline = (node, value, base, format) => {
    const differs = value !== base && Number.isFinite(base);
    setHidden(node, !differs);
    if (differs) setText(node, t('figure.baseline', { value: format(base) }));
  };

  function showVersus(result, sides) {
    const a = sides && result.pinned ? selection(result, 'pinned') : null;
    const b = selection(result);
    for (const [name, { line, value }] of Object.entries(versus)) {
      const va = a?.at(name, result.yearIndex);
      const shown = a !== null && Number.isFinite(va);
      setHidden(line, !shown);
      if (!shown) continue;
      const [format, difference] = VERSUS[name];
      const vb = b.at(name, result.yearIndex);
      setAttrs(value, { value: String(va) });
      setText(value, format(va));
      const diff = Number.isFinite(vb) ? differenceText(vb - va, difference) : '';
      line.replaceChildren(...sentenceNodes('figure.versus', { a: sides.a.label, value, difference: amount(diff) }));
    }
  }

  function showLikely(band) {
    const ranges = band?.ranges;
    setHidden(likely, !ranges);
    if (!ranges) return;
    // The exact values, for machines, as the figures' <data value> give theirs.
    setAttrs(likely, {
      'data-gain-low': ranges.gain.low,
      'data-gain-high': ranges.gain.high,
      'data-capability-low': ranges.capability.low,
      'data-capability-high': ranges.capability.high,
    });
    const signed = (v) => amount(fmt.eurBn(v, { sign: true }));
    const plain = (v) => amount(fmt.eurBn(v));
    likely.replaceChildren(
      ...sentenceNodes('figure.likely', { low: signed(ranges.gain.low), high: signed(ranges.gain.high) }),
      ' ',
      ...sentenceNodes('figure.capability_likely', {
        value: plain(ranges.capability.central),
        low: plain(ranges.capability.low),
        high: plain(ranges.capability.high),
      }),
    );
  }

  return function update(result, highlight, sides = null, band = null) {
    showVersus(result, sides);
    showLikely(band && band.result === result ? band : null);
    const sel = selection(result);
    const base = selection(result, 'baseline');
    const yi = result.yearIndex;
    const v = (name) => sel.at(name, yi);
    const b = (name) => base.at(name, yi);
    for (const c of cards) setText(c.title, t(c.titleKey, { year: result.year }));

    show('total_effort_eur_bn', v('total_effort_eur_bn'), fmt.eurBn(v('total_effort_eur_bn')));
    show(
      'total_effort_pct_gdp',
      v('total_effort_pct_gdp'),
      t('figure.of_gdp', { value: fmt.pct(v('total_effort_pct_gdp')) }),
    );
    show('per_capita_eur', v('per_capita_eur'), t('figure.per_citizen', { value: fmt.eur(v('per_capita_eur')) }));
    baseline(effortBaseline, v('total_effort_eur_bn'), b('total_effort_eur_bn'), fmt.eurBn);
    show('extra_effort_eur_bn', v('extra_effort_eur_bn'), fmt.eurBn(v('extra_effort_eur_bn'), { sign: true }));
    show(
      'extra_per_capita_eur',
      v('extra_per_capita_eur'),
      t('figure.per_citizen', { value: fmt.eur(v('extra_per_capita_eur'), { sign: true }) }),
    );

    const ally = sel.info.nato;
    const gap = v('nato_core_gap_eur_bn');
    if (ally)
      show('nato_core_pct_gdp', v('nato_core_pct_gdp'), t('figure.of_gdp', { value: fmt.pct(v('nato_core_pct_gdp')) }));
    else show('nato_core_pct_gdp', NaN, t('figure.not_ally'));
    setHidden(allies, !(ally && sel.info.code === EU_TOTAL));
    setText(allies, t('figure.nato.allies', { allies: ctx.euAllies, count: ctx.euAllies }));
    setHidden(status, !ally);
    setAttrs(status, { class: gap > 0 ? 'status short' : 'status meets' });
    setText(
      status,
      `${t(gap > 0 ? 'figure.short' : 'figure.meets')} (${t('figure.target', { value: fmt.pct(v('nato_core_target_pct_gdp')) })})`,
    );

    show('pooling_gain_eur_bn', v('pooling_gain_eur_bn'), fmt.eurBn(v('pooling_gain_eur_bn'), { sign: true }));
    show(
      'european_industry_share_pct',
      v('european_industry_share_pct'),
      t('figure.european_share', { value: fmt.pct(v('european_industry_share_pct'), 1) }),
    );
    show(
      'debt_impact_pct_gdp',
      v('debt_impact_pct_gdp'),
      t('figure.debt_points', { value: shortPoints(v('debt_impact_pct_gdp'), { sign: true }) }),
    );
    baseline(debtBaseline, v('debt_impact_pct_gdp'), b('debt_impact_pct_gdp'), (x) => shortPoints(x, { sign: true }));

    for (const c of cards) {
      const lit = highlight !== null && c.node.querySelector(`data[data-figure="${highlight}"]`) !== null;
      c.node.classList.toggle('highlight', lit);
    }
  };
}

/** What the model did that the reader should know; provenance flags live in the sources panel. */
export function notesView(box, ctx) {
  const flagIds = new Set(ctx.description.data.flags.map((f) => f.flag));
  let shown = '';
  return (result) => {
    const events = result.all.notes.filter(
      (n) => !flagIds.has(n.id) && (n.country === null || result.country === EU_TOTAL || n.country === result.country),
    );
    const key = events.map(wordNote).join('\n');
    if (key === shown) return;
    shown = key;
    setHidden(box, events.length === 0);
    box.replaceChildren(
      ...(events.length
        ? [el('h3', { text: t('notes.title') }), el('ul', {}, ...events.map((n) => el('li', { text: wordNote(n) })))]
        : []),
    );
  };
}
