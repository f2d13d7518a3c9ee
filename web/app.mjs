// The calculator page: reads the model's description, draws the levers, and
// on every change runs the model (WebAssembly, through tradeoff.mjs) and
// redraws the headline, the figures and the charts. It knows the model only
// through its JavaScript API.

import { loadTradeoff, TradeoffError } from './tradeoff.mjs';
import { t } from './i18n.mjs';
import * as fmt from './format.mjs';
import { buildLevers } from './controls.mjs';
import { pathChart, frontierChart, rankingChart } from './charts.mjs';
import { readUrl, queryOf } from './url.mjs';

const EU_TOTAL = 'EU27';
const DEFAULT_COUNTRY = 'BE';
const FRONTIER_POINTS = 51;
const html = document.documentElement;
const $ = (selector) => document.querySelector(selector);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** The nested scenario object for lever values, with only what differs from the defaults. */
function scenarioOf(values, levers) {
  const scenario = {};
  for (const lever of levers) {
    const value = values[lever.id];
    if (value === lever.default) continue;
    const keys = lever.id.split('/').slice(1);
    let node = scenario;
    for (const key of keys.slice(0, -1)) node = node[key] ??= {};
    node[keys[keys.length - 1]] = value;
  }
  return scenario;
}

/** The year the headline speaks of: the NATO target year, or the horizon if that comes first. */
const headlineYear = (values) => Math.min(values['/nato/target_year'], values['/end_year']);

/** Reads one series of a run for the selected country (or the EU total) as a function of the year index. */
function selection(run, euRun, country) {
  if (country === EU_TOTAL) {
    return { info: { code: EU_TOTAL, name: t('country.eu_total.name'), eu: true, nato: true }, at: (name, y) => euRun.total[name][y] };
  }
  const c = run.countries.findIndex((info) => info.code === country);
  const n = run.countries.length;
  return { info: run.countries[c], at: (name, y) => run.series[name][y * n + c] };
}

/** Fills the page's fixed text from the dictionary. */
function translateStatic() {
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = t('page.title');
}

function start(model) {
  translateStatic();
  const description = model.describe();
  const levers = description.levers;
  const dataRows = model.countries();
  const codes = dataRows.map((row) => row.code);
  const defaults = Object.fromEntries(levers.map((l) => [l.id, l.default]));
  const leverById = new Map(levers.map((l) => [l.id, l]));
  const labelOf = (lever) => t(lever.label);

  const state = { country: DEFAULT_COUNTRY, values: { ...defaults }, metric: 'extra_per_capita_eur' };
  let current = null;
  const baselines = new Map();

  // --- the model --------------------------------------------------------
  function baselineFor(endYear) {
    if (!baselines.has(endYear)) {
      baselines.set(endYear, {
        all: model.runArrays({ countries: 'ALL', end_year: endYear }),
        eu: model.runArrays({ countries: 'EU27', end_year: endYear }),
      });
    }
    return baselines.get(endYear);
  }

  function compute(values, country) {
    const scenario = scenarioOf(values, levers);
    const year = headlineYear(values);
    const all = model.runArrays({ ...scenario, countries: 'ALL' });
    const eu = country === EU_TOTAL ? model.runArrays({ ...scenario, countries: 'EU27' }) : null;
    const frontier =
      country === EU_TOTAL ? null : model.frontierArrays({ scenario, country, year, points: FRONTIER_POINTS });
    return { values, country, year, all, eu, frontier, baseline: baselineFor(values['/end_year']) };
  }

  // --- errors -------------------------------------------------------------
  const errorBox = $('#error');
  function showError(lines) {
    errorBox.replaceChildren(...lines.map((line) => el('p', { text: line })));
    errorBox.hidden = false;
  }
  function hideError() {
    errorBox.hidden = true;
    errorBox.replaceChildren();
  }
  // The model's messages name units as the model does ("% GDP", "EUR bn a
  // year"); the page writes them its own way.
  const unitNames = [...new Set(levers.map((l) => l.unit))]
    .filter((u) => u && t(`unit.${u}`) && t(`unit.${u}`) !== u)
    .sort((a, b) => b.length - a.length);
  const readableDetail = (detail) =>
    unitNames.reduce((text, unit) => text.split(unit).join(t(`unit.${unit}`)), detail);

  /** The lever a model error points at ("/scenario/..." in frontier requests). */
  const leverOfError = (error) => leverById.get(error.path.replace(/^\/scenario/, ''));

  // --- updates -----------------------------------------------------------
  const controls = buildLevers($('#levers'), levers, onLever);

  function onLever(id, value, { event, at }) {
    const lever = leverById.get(id);
    if (typeof value === 'number' && !Number.isFinite(value)) {
      controls.invalid(id, true, t('error.not_a_number'));
      showError([t('error.lever', { label: labelOf(lever), detail: t('error.not_a_number') }), t('error.kept')]);
      return;
    }
    update({ ...state.values, [id]: value }, state.country, { source: id, typing: event === 'typing', startedAt: at });
  }

  // The address follows the state a moment after the last change: browsers
  // make replaceState cost milliseconds, too much for every slider step.
  let urlTimer = 0;
  function writeUrl() {
    clearTimeout(urlTimer);
    urlTimer = 0;
    history.replaceState(null, '', `${location.pathname}${queryOf(state.country, state.values, levers, DEFAULT_COUNTRY)}`);
  }
  function scheduleUrl() {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeUrl, 150);
  }
  addEventListener('pagehide', () => urlTimer && writeUrl());

  /** Recomputes; on a model error, shows it and keeps the last good state. */
  function update(values, country, { source = null, typing = false, startedAt = performance.now() } = {}) {
    const started = startedAt;
    let result;
    try {
      result = compute(values, country);
    } catch (error) {
      if (!(error instanceof TradeoffError)) throw error;
      const lever = leverOfError(error) ?? leverById.get(source);
      controls.clearInvalid();
      if (lever) controls.invalid(lever.id, true, readableDetail(error.detail));
      showError([t('error.lever', { label: lever ? labelOf(lever) : '', detail: readableDetail(error.detail) }), t('error.kept')]);
      return false;
    }
    state.values = values;
    state.country = country;
    controls.clearInvalid();
    hideError();
    // Re-sync every control with the values in force, except the field the
    // reader is typing into (rewriting it would move the caret).
    controls.show(values, typing ? source : null);
    render(result);
    scheduleUrl();
    html.dataset.revision = String(Number(html.dataset.revision ?? 0) + 1);
    performance.measure('tradeoff-update', { start: started, end: performance.now() });
    return true;
  }

  // --- drawing -----------------------------------------------------------
  function render(r) {
    current = r;
    const yi = r.all.years.indexOf(r.year);
    const sel = selection(r.all, r.eu, r.country);
    const base = selection(r.baseline.all, r.baseline.eu, r.country);
    html.dataset.year = String(r.year);
    renderHeadline(r, sel, yi);
    renderFigures(r, sel, base, yi);
    renderNotes(r);
    renderPath(r, sel, base);
    renderFrontier(r, sel, base, yi);
    renderRanking(r, yi);
  }

  function countryName(sel, members = false) {
    if (sel.info.code !== EU_TOTAL) return sel.info.name;
    return t(members ? 'country.eu_total.members' : 'country.eu_total.name');
  }

  function renderHeadline(r, sel, yi) {
    const v = (name) => sel.at(name, yi);
    const extra = v('extra_effort_eur_bn');
    const sentences = [
      t(sel.info.code === EU_TOTAL ? 'headline.spend.eu' : 'headline.spend', {
        year: r.year,
        country: countryName(sel, true),
        effort: fmt.eurBn(v('total_effort_eur_bn')),
        effortPct: fmt.pct(v('total_effort_pct_gdp')),
        perCapita: fmt.eur(v('per_capita_eur')),
        extra: fmt.eurBn(Math.abs(extra)),
        moreOrLess: t(extra < 0 ? 'headline.less' : 'headline.more'),
      }),
    ];
    const core = v('nato_core_pct_gdp');
    if (!sel.info.nato) sentences.push(t('headline.nato.not_ally', { country: countryName(sel) }));
    else if (v('nato_core_gap_eur_bn') > 0) {
      sentences.push(
        t('headline.nato.short', {
          gap: fmt.eurBn(v('nato_core_gap_eur_bn')),
          target: fmt.pct(v('nato_core_target_pct_gdp')),
          core: fmt.pct(core),
        }),
      );
    } else sentences.push(t('headline.nato.meets', { target: fmt.pct(v('nato_core_target_pct_gdp')) }));
    sentences.push(
      t('headline.pooling', {
        capability: fmt.eurBn(v('capability_eur_bn')),
        gain: fmt.eurBn(v('pooling_gain_eur_bn')),
        share: fmt.pct(v('european_industry_share_pct'), 0),
      }),
    );
    const debt = v('debt_impact_pct_gdp');
    sentences.push(debt > 0 ? t('headline.debt', { debt: fmt.points(debt), year: r.year }) : t('headline.debt.none'));
    $('#headline').textContent = sentences.join(' ');
  }

  /** A <data> element: the exact value for machines, the rounded one for people. */
  const figure = (name, value, text) =>
    el('data', { 'data-figure': name, value: Number.isFinite(value) ? String(value) : '' }, text);

  function renderFigures(r, sel, base, yi) {
    const v = (name) => sel.at(name, yi);
    const b = (name) => base.at(name, yi);
    const card = (title, main, ...rest) =>
      el('div', { class: 'figure' }, el('dt', { text: title }), el('dd', {}, main, ...rest.map((x) => el('span', { class: 'sub' }, x))));
    const changed = (name, format) =>
      v(name) !== b(name) && Number.isFinite(b(name)) ? el('span', { class: 'baseline', text: t('figure.baseline', { value: format(b(name)) }) }) : null;

    const nato = sel.info.nato
      ? [
          figure('nato_core_pct_gdp', v('nato_core_pct_gdp'), t('figure.of_gdp', { value: fmt.pct(v('nato_core_pct_gdp')) })),
          sel.info.code === EU_TOTAL ? el('span', { text: t('figure.nato.allies') }) : null,
          el('span', {
            class: v('nato_core_gap_eur_bn') > 0 ? 'status short' : 'status meets',
            text: `${t(v('nato_core_gap_eur_bn') > 0 ? 'figure.short' : 'figure.meets')} (${t('figure.target', { value: fmt.pct(v('nato_core_target_pct_gdp')) })})`,
          }),
        ]
      : [figure('nato_core_pct_gdp', NaN, t('figure.not_ally'))];

    $('#figures').replaceChildren(
      card(
        t('figure.effort', { year: r.year }),
        figure('total_effort_eur_bn', v('total_effort_eur_bn'), fmt.eurBn(v('total_effort_eur_bn'))),
        figure('total_effort_pct_gdp', v('total_effort_pct_gdp'), t('figure.of_gdp', { value: fmt.pct(v('total_effort_pct_gdp')) })),
        figure('per_capita_eur', v('per_capita_eur'), t('figure.per_citizen', { value: fmt.eur(v('per_capita_eur')) })),
        changed('total_effort_eur_bn', fmt.eurBn),
      ),
      card(
        t('figure.extra'),
        figure('extra_effort_eur_bn', v('extra_effort_eur_bn'), fmt.eurBn(v('extra_effort_eur_bn'), { sign: true })),
        figure('extra_per_capita_eur', v('extra_per_capita_eur'), t('figure.per_citizen', { value: fmt.eur(v('extra_per_capita_eur'), { sign: true }) })),
      ),
      card(t('figure.nato'), ...nato),
      card(
        t('figure.pooling'),
        figure('pooling_gain_eur_bn', v('pooling_gain_eur_bn'), fmt.eurBn(v('pooling_gain_eur_bn'), { sign: true })),
        figure('european_industry_share_pct', v('european_industry_share_pct'), t('figure.european_share', { value: fmt.pct(v('european_industry_share_pct'), 1) })),
      ),
      card(
        t('figure.debt'),
        figure('debt_impact_pct_gdp', v('debt_impact_pct_gdp'), t('figure.debt_points', { value: fmt.points(v('debt_impact_pct_gdp'), { sign: true }) })),
        changed('debt_impact_pct_gdp', (x) => fmt.points(x, { sign: true })),
      ),
    );
  }

  const flagIds = new Set(description.data.flags.map((f) => f.flag));

  function renderNotes(r) {
    // Provenance flags live in the sources panel; here, what the model did.
    const events = r.all.notes.filter(
      (n) => !flagIds.has(n.id) && (n.country === null || r.country === EU_TOTAL || n.country === r.country),
    );
    const box = $('#notes');
    box.hidden = events.length === 0;
    box.replaceChildren(...(events.length ? [el('h3', { text: t('notes.title') }), el('ul', {}, ...events.map((n) => el('li', { text: n.message })))] : []));
  }

  function renderPath(r, sel, base) {
    const years = r.all.years;
    const share = (name) => years.map((_, y) => (sel.at(name, y) / sel.at('gdp_eur_bn', y)) * 100);
    const national = share('national_spending_eur_bn');
    const joint = share('joint_procurement_eur_bn');
    const fund = share('eu_fund_eur_bn');
    const target = years.map((_, y) => sel.at('nato_core_target_pct_gdp', y));
    const baseline = years.map((_, y) => base.at('total_effort_pct_gdp', y));
    const yi = years.indexOf(r.year);
    const title = t('chart.path.title', { from: years[0], to: years[years.length - 1] });
    $('#chart-path-title').textContent = title;
    $('#chart-path-caption').textContent =
      t('chart.path.caption') + (r.country === EU_TOTAL ? ` ${t('chart.path.caption.eu')}` : '');
    pathChart($('#chart-path'), {
      years,
      stacks: [
        { values: national, className: 'national' },
        { values: joint, className: 'joint' },
        { values: fund, className: 'fund' },
      ],
      lines: [
        { values: baseline, className: 'baseline' },
        { values: target, className: 'target' },
      ],
      format: (v) => `${fmt.tick(v)}%`,
      title,
      summary: t('chart.path.summary', {
        country: countryName(sel),
        effortPct: fmt.pct(sel.at('total_effort_pct_gdp', yi)),
        year: r.year,
        target: fmt.pct(sel.at('nato_core_target_pct_gdp', yi)),
      }),
    });
  }

  function renderFrontier(r, sel, base, yi) {
    const box = $('#chart-frontier');
    $('#chart-frontier-title').textContent = t('chart.frontier.title', { year: r.year });
    const legend = $('#frontier-legend');
    if (!r.frontier) {
      box.querySelector('svg.chart')?.remove();
      legend.replaceChildren();
      $('#chart-frontier-caption').textContent = t('chart.frontier.eu_total');
      return;
    }
    const f = r.frontier;
    const ally = sel.info.nato;
    const p = f.points;
    const last = p.p.length - 1;
    // Capability is linear in the pooled share, so p* falls exactly between grid points.
    const capabilityAt = (share) => p.capability_eur_bn[0] + share * (p.capability_eur_bn[last] - p.capability_eur_bn[0]);
    const xs = ally ? p.nato_core_pct_gdp : p.p.map((x) => x * 100);
    const marks = [
      {
        x: ally ? sel.at('nato_core_pct_gdp', yi) : f.current_p * 100,
        y: sel.at('capability_eur_bn', yi),
        className: 'current',
      },
    ];
    if (ally && Number.isFinite(f.p_star)) {
      marks.push({
        x: (1 - f.p_star) * (f.total_effort_eur_bn / f.gdp_eur_bn) * 100,
        y: capabilityAt(f.p_star),
        className: 'pstar',
        ring: true,
      });
    }
    if (ally) {
      marks.push({
        x: base.at('nato_core_pct_gdp', yi),
        y: base.at('capability_eur_bn', yi),
        className: 'baseline',
      });
    }
    legend.replaceChildren(
      ...[
      el('li', {
        class: 'current',
        text: ally
          ? t('chart.frontier.legend.current', { core: fmt.pct(marks[0].x), capability: fmt.eurBn(marks[0].y) })
          : t('chart.frontier.legend.current.not_ally', { share: fmt.pct(marks[0].x, 1), capability: fmt.eurBn(marks[0].y) }),
      }),
      ally && Number.isFinite(f.p_star)
        ? el('li', { class: 'pstar', text: t('chart.frontier.legend.pstar', { share: fmt.pct(f.p_star * 100, 1) }) })
        : null,
      ally ? el('li', { class: 'baseline-mark', text: t('chart.frontier.legend.baseline') }) : null,
      ].filter(Boolean),
    );
    const title = t('chart.frontier.title', { year: r.year });
    $('#chart-frontier-caption').textContent = t(ally ? 'chart.frontier.caption' : 'chart.frontier.caption.not_ally');
    frontierChart(box, {
      xs,
      ys: p.capability_eur_bn,
      xLabel: t(ally ? 'chart.frontier.x.nato' : 'chart.frontier.x.pooled'),
      yLabel: t('chart.frontier.y'),
      formatX: (v) => `${fmt.tick(v)}%`,
      formatY: (v) => fmt.tick(v),
      marks,
      target: ally ? { x: f.nato_core_target_pct_gdp, label: t('chart.frontier.target') } : null,
      title,
      summary: t('chart.frontier.summary', {
        country: sel.info.name,
        year: r.year,
        maxCapability: fmt.eurBn(p.capability_eur_bn[last]),
        minCore: fmt.pct(ally ? p.nato_core_pct_gdp[last] : NaN),
        capability: fmt.eurBn(sel.at('capability_eur_bn', yi)),
      }),
    });
  }

  const metricFormat = {
    extra_per_capita_eur: (v) => fmt.eur(v),
    nato_core_gap_eur_bn: (v) => fmt.eurBn(v),
    total_effort_pct_gdp: (v) => fmt.pct(v, 1),
  };

  function renderRanking(r, yi) {
    const run = r.all;
    const n = run.countries.length;
    const metric = state.metric;
    const values = run.series[metric];
    const baseline = r.baseline.all.series[metric];
    const rows = run.countries.map((c, i) => ({
      label: c.name,
      value: values[yi * n + i],
      baseline: baseline[yi * n + i],
      selected: c.code === r.country,
      note: t('chart.ranking.not_ally'),
    }));
    rows.sort((a, b) => (Number.isFinite(b.value) ? b.value : -Infinity) - (Number.isFinite(a.value) ? a.value : -Infinity));
    const ranked = rows.filter((row) => Number.isFinite(row.value));
    const title = t('chart.ranking.title', { year: r.year });
    $('#chart-ranking-title').textContent = title;
    rankingChart($('#chart-ranking'), {
      rows,
      format: metricFormat[metric],
      title: `${title}: ${t(`chart.ranking.${metric}`)}`,
      summary: ranked.length
        ? t('chart.ranking.summary', {
            first: ranked[0].label,
            firstValue: metricFormat[metric](ranked[0].value),
            last: ranked[ranked.length - 1].label,
            lastValue: metricFormat[metric](ranked[ranked.length - 1].value),
          })
        : '',
    });
  }

  function renderSources(country) {
    const row = dataRows.find((d) => d.code === country);
    const columns = description.data.columns.filter((c) => !['code', 'name', 'eu', 'nato', 'flags'].includes(c.column));
    const table = el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ...['sources.column', row ? 'sources.value' : null, 'sources.source', 'sources.vintage'].filter(Boolean).map((k) => el('th', { scope: 'col', text: t(k) })))),
      el(
        'tbody',
        {},
        ...columns.map((c) => {
          const value = row?.[c.column];
          const text = value === null || value === undefined ? '\u2013' : fmt.inUnit(value, c.unit, t(`unit.${c.unit}`));
          return el('tr', {}, el('th', { scope: 'row', text: t(`column.${c.column}`) }), row ? el('td', { class: 'num', text }) : null, el('td', { text: c.source }), el('td', { text: c.vintage }));
        }),
      ),
    );
    const meaning = new Map(description.data.flags.map((f) => [f.flag, f.meaning]));
    let flags;
    if (row) {
      flags = row.flags.length
        ? [el('h3', { text: t('sources.flags', { country: row.name }) }), el('ul', {}, ...row.flags.map((f) => el('li', { text: meaning.get(f) ?? f })))]
        : [el('p', { text: t('sources.flags.none', { country: row.name }) })];
    } else {
      const flagged = dataRows.filter((d) => d.eu && d.flags.length);
      flags = [el('h3', { text: t('sources.flags.eu') }), el('ul', {}, ...flagged.map((d) => el('li', { text: `${d.name}: ${d.flags.map((f) => meaning.get(f) ?? f).join('; ')}` })))];
    }
    $('#sources-body').replaceChildren(
      el('p', { text: t('sources.intro', { model: description.model_version, data: description.data_version }) }),
      el('div', { class: 'table-wrap' }, table),
      ...flags,
    );
  }

  // --- wiring ------------------------------------------------------------
  const select = $('#country');
  const members = dataRows.filter((d) => d.eu);
  const others = dataRows.filter((d) => !d.eu);
  select.replaceChildren(
    el('option', { value: EU_TOTAL, text: t('country.eu_total') }),
    el('optgroup', { label: t('country.group.eu') }, ...members.map((d) => el('option', { value: d.code, text: d.name }))),
    el('optgroup', { label: t('country.group.other') }, ...others.map((d) => el('option', { value: d.code, text: d.name }))),
  );
  select.addEventListener('change', () => {
    if (update(state.values, select.value)) renderSources(select.value);
  });
  const metricSelect = $('#ranking-metric');
  metricSelect.replaceChildren(
    ...Object.keys(metricFormat).map((m) => el('option', { value: m, text: t(`chart.ranking.${m}`) })),
  );
  metricSelect.addEventListener('change', () => {
    state.metric = metricSelect.value;
    if (current) renderRanking(current, current.all.years.indexOf(current.year));
  });
  $('#reset-all').addEventListener('click', () => update({ ...defaults }, state.country));
  new ResizeObserver(() => current && render(current)).observe($('#charts'));

  // --- first result, from the link if there is one -------------------------
  const link = readUrl(location.search, {
    levers,
    countries: [...codes, EU_TOTAL],
    defaultCountry: DEFAULT_COUNTRY,
    label: labelOf,
  });
  const messages = [...link.messages];
  let values = { ...defaults, ...link.values };
  // The model judges ranges: drop each value it rejects, say so, try again.
  for (let attempt = 0; attempt <= levers.length; attempt++) {
    try {
      compute(values, link.country);
      break;
    } catch (error) {
      if (!(error instanceof TradeoffError)) throw error;
      const lever = leverOfError(error);
      const culprit = lever && lever.id in link.values ? lever : levers.find((l) => l.id in link.values && values[l.id] !== l.default);
      if (!culprit) throw error;
      messages.push(t('error.url.value', { label: labelOf(culprit), detail: readableDetail(error.detail), value: String(culprit.default) }));
      values = { ...values, [culprit.id]: culprit.default };
    }
  }
  select.value = link.country;
  update(values, link.country);
  renderSources(link.country);
  if (messages.length) {
    showError(messages);
    for (const id of Object.keys(link.values)) if (values[id] !== link.values[id]) controls.invalid(id, true);
  }
  html.dataset.state = 'ready';
  performance.mark('tradeoff-first-result');
}

loadTradeoff().then(start).catch((error) => {
  html.dataset.state = 'failed';
  const box = $('#error');
  box.textContent = t('page.failed', { detail: error?.message ?? String(error) });
  box.hidden = false;
  throw error;
});
