// The three charts as the reader sees them: a <figure> with a title, the SVG,
// a legend and a caption. Each maps a model result to what charts/draw.mjs
// draws, and updates in place.

import { countryName, t } from '../../i18n.mjs';
import * as fmt from '../../format.mjs';
import { EU_TOTAL, selection } from '../model.mjs';
import { el, keepChildren, setAttrs, setHidden, setText, uniqueId } from '../dom.mjs';
import { frontierChart, pathChart, rankingChart } from '../charts/draw.mjs';
import { placeName } from './summary.mjs';

/** The ranking's metrics and how each value reads. */
export const METRICS = {
  extra_per_capita_eur: (v) => fmt.eur(v),
  nato_core_gap_eur_bn: (v) => fmt.eurBn(v),
  total_effort_pct_gdp: (v) => fmt.pct(v, 1),
};

function chartBox(name) {
  const title = el('h2', { id: uniqueId(`chart-${name}-title`) });
  const plot = el('div', { class: 'plot' });
  const box = el('figure', { class: 'chart-box', 'data-chart': name, 'aria-labelledby': title.id }, title);
  return { box, title, plot };
}

/**
 * The chart's numbers as a table, shown on request ("Show as table"): the
 * text alternative a screen reader or a reader who cannot tell colours apart
 * can use. update({ columns, rows }) fills it; it is built only while open.
 */
function dataTable() {
  const table = el('table', { class: 'chart-data' });
  const wrap = el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('chart.table.show') });
  wrap.append(table);
  const node = el('details', { class: 'chart-table' }, el('summary', { text: t('chart.table.show') }), wrap);
  let pending = null;
  const render = () => {
    if (!node.open || !pending) return;
    const { columns, rows } = pending;
    pending = null;
    table.replaceChildren(
      el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { scope: 'col', text: c })))),
      el(
        'tbody',
        {},
        ...rows.map(([head, ...cells]) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row', text: head }),
            ...cells.map((c) => el('td', { class: 'num', text: c })),
          ),
        ),
      ),
    );
  };
  node.addEventListener('toggle', render);
  return {
    node,
    update(data) {
      pending = data;
      render();
    },
  };
}

/** The spending path: national, joint and EU-fund spending as shares of GDP, against NATO's path. */
export function pathView(ctx) {
  const { box, title, plot } = chartBox('path');
  // [class, text key, the texture over its colour (as in the chart)]
  const legendItems = [
    ['national', 'chart.path.national'],
    ['joint', 'chart.path.joint', 'hatch'],
    ['fund', 'chart.path.fund', 'dots'],
    ['target', 'chart.path.target'],
    ['baseline', 'chart.path.baseline'],
    ['capability', 'chart.path.capability'],
    ['band', 'chart.path.band'],
    ['pinned', 'chart.path.pinned'],
  ];
  const legend = el(
    'ul',
    { class: 'legend' },
    ...legendItems.map(([cls, key, texture]) => el('li', { class: cls, 'data-texture': texture, text: t(key) })),
  );
  const pinnedEntry = legend.querySelector('.pinned');
  const bandEntry = legend.querySelector('.band');
  const caption = el('figcaption');
  const numbers = dataTable();
  box.append(plot, legend, caption, numbers.node);
  const draw = pathChart(plot);

  function update(result, width, _metric, { sides = null, band = null } = {}) {
    const sel = selection(result);
    const base = selection(result, 'baseline');
    // While comparing: A's total effort, as a line over B's stacks.
    const a = sides && result.pinned ? selection(result, 'pinned') : null;
    setHidden(pinnedEntry, !a);
    if (a) setText(pinnedEntry, t('chart.path.pinned', { a: sides.a.label }));
    const years = result.all.years;
    const share = (name) => years.map((_, y) => (sel.at(name, y) / sel.at('gdp_eur_bn', y)) * 100);
    // What the effort buys, as a share of GDP; the band is its likely range
    // (the sensitivity run's 5th to 95th percentile), once the worker has it.
    // The band's euros are put on this chart's scale by the same division by
    // each year's (central) GDP as the line: a fixed factor per year, so the
    // percentiles stay the percentiles of the capability bought.
    const capability = share('capability_eur_bn');
    const onScale = (values) => values.map((v, y) => (v / sel.at('gdp_eur_bn', y)) * 100);
    const euros = band?.ranges.capabilityByYear ?? null;
    const range = euros && { low: onScale(euros.low), high: onScale(euros.high) };
    setHidden(bandEntry, !range);
    if (range) setText(bandEntry, t('chart.path.band', { draws: fmt.number(band.draws) }));
    const text = t('chart.path.title', { from: years[0], to: years[years.length - 1] });
    const columns = [
      ['national', share('national_spending_eur_bn')],
      ['joint', share('joint_procurement_eur_bn')],
      ['fund', share('eu_fund_eur_bn')],
      ['target', years.map((_, y) => sel.at('nato_core_target_pct_gdp', y))],
      ['baseline', years.map((_, y) => base.at('total_effort_pct_gdp', y))],
      ['capability', capability],
      ...(range
        ? [
            ['band.low', range.low],
            ['band.high', range.high],
          ]
        : []),
      ...(a ? [['pinned', years.map((_, y) => a.at('total_effort_pct_gdp', y))]] : []),
    ];
    numbers.update({
      columns: [t('chart.table.year'), ...columns.map(([key]) => t(`chart.path.${key}`, { a: sides?.a.label }))],
      rows: years.map((year, y) => [String(year), ...columns.map(([, values]) => fmt.pct(values[y]))]),
    });
    setText(title, text);
    setText(
      caption,
      t('chart.path.caption') +
        (result.country === EU_TOTAL
          ? ` ${t('chart.path.caption.eu', { allies: ctx.euAllies, count: ctx.euAllies })}`
          : ''),
    );
    draw({
      width,
      years,
      stacks: [
        { values: share('national_spending_eur_bn'), className: 'national' },
        { values: share('joint_procurement_eur_bn'), className: 'joint', texture: 'hatch' },
        { values: share('eu_fund_eur_bn'), className: 'fund', texture: 'dots' },
      ],
      lines: [
        { values: years.map((_, y) => base.at('total_effort_pct_gdp', y)), className: 'baseline' },
        { values: years.map((_, y) => sel.at('nato_core_target_pct_gdp', y)), className: 'target' },
        { values: capability, className: 'capability' },
        ...(a ? [{ values: years.map((_, y) => a.at('total_effort_pct_gdp', y)), className: 'pinned' }] : []),
      ],
      band: range && { low: range.low, high: range.high, className: 'capability' },
      format: fmt.pctTick,
      title: text,
      summary: t('chart.path.summary', {
        country: placeName(ctx, sel),
        effortPct: fmt.pct(sel.at('total_effort_pct_gdp', result.yearIndex)),
        year: result.year,
        target: fmt.pct(sel.at('nato_core_target_pct_gdp', result.yearIndex)),
      }),
    });
  }
  return { box, plot, update };
}

/** The frontier: the same effort moved from national budgets to the EU fund. */
export function frontierView(ctx) {
  const { box, title, plot } = chartBox('frontier');
  const legend = el('ul', { class: 'legend marks' });
  const caption = el('figcaption');
  const numbers = dataTable();
  box.append(plot, legend, caption, numbers.node);
  let draw = null;

  function update(result, width, _metric, { sides = null } = {}) {
    const text = t('chart.frontier.title', { year: result.year });
    setText(title, text);
    if (!result.frontier) {
      // The model defines the frontier per country: none for the EU total.
      plot.replaceChildren();
      draw = null;
      legend.replaceChildren();
      numbers.update({ columns: [], rows: [] });
      setText(caption, t('chart.frontier.eu_total'));
      return;
    }
    draw ??= frontierChart(plot);
    const sel = selection(result);
    const base = selection(result, 'baseline');
    const yi = result.yearIndex;
    const f = result.frontier;
    const ally = sel.info.nato;
    const p = f.points;
    const last = p.p.length - 1;
    // Capability is linear in the pooled share, so p* falls exactly between grid points.
    const capabilityAt = (s) => p.capability_eur_bn[0] + s * (p.capability_eur_bn[last] - p.capability_eur_bn[0]);
    const current = {
      x: ally ? sel.at('nato_core_pct_gdp', yi) : f.current_p * 100,
      y: sel.at('capability_eur_bn', yi),
      className: 'current',
    };
    const marks = [current];
    const hasPstar = ally && Number.isFinite(f.p_star);
    if (hasPstar) {
      marks.push({
        // NATO counts its share on its own denominator (model 1.1).
        x: (1 - f.p_star) * (f.total_effort_eur_bn / f.nato_gdp_eur_bn) * 100,
        y: capabilityAt(f.p_star),
        className: 'pstar',
        ring: true,
      });
    }
    if (ally)
      marks.push({ x: base.at('nato_core_pct_gdp', yi), y: base.at('capability_eur_bn', yi), className: 'baseline' });
    // While comparing: where A stands (off this curve when its total effort differs from B's).
    const a = sides && result.pinned ? selection(result, 'pinned') : null;
    const pinnedMark = a && {
      x: ally ? a.at('nato_core_pct_gdp', yi) : (a.at('eu_fund_eur_bn', yi) / a.at('total_effort_eur_bn', yi)) * 100,
      y: a.at('capability_eur_bn', yi),
      className: 'pinned',
    };
    if (pinnedMark) marks.splice(1, 0, pinnedMark);

    const entries = [
      [
        'current',
        ally
          ? t('chart.frontier.legend.current', { core: fmt.pct(current.x), capability: fmt.eurBn(current.y) })
          : t('chart.frontier.legend.current.not_ally', {
              share: fmt.pct(current.x, 1),
              capability: fmt.eurBn(current.y),
            }),
      ],
      hasPstar ? ['pstar', t('chart.frontier.legend.pstar', { share: fmt.pct(f.p_star * 100, 1) })] : null,
      ally ? ['baseline-mark', t('chart.frontier.legend.baseline')] : null,
      pinnedMark
        ? [
            'pinned',
            t('chart.frontier.legend.pinned', {
              a: sides.a.label,
              x: ally ? fmt.pct(pinnedMark.x) : fmt.pct(pinnedMark.x, 1),
              capability: fmt.eurBn(pinnedMark.y),
            }),
          ]
        : null,
    ].filter(Boolean);
    keepChildren(legend, entries.length, () => el('li')).forEach((li, i) => {
      setAttrs(li, { class: entries[i][0] });
      setText(li, entries[i][1]);
    });
    setText(caption, t(ally ? 'chart.frontier.caption' : 'chart.frontier.caption.not_ally'));
    numbers.update({
      columns: [t('chart.frontier.x.pooled'), ...(ally ? [t('chart.frontier.x.nato')] : []), t('chart.frontier.y')],
      rows: [...p.p].map((share, i) => [
        fmt.pct(share * 100, 0),
        ...(ally ? [fmt.pct(p.nato_core_pct_gdp[i])] : []),
        fmt.eurBn(p.capability_eur_bn[i]),
      ]),
    });
    draw({
      width,
      xs: ally ? p.nato_core_pct_gdp : p.p.map((x) => x * 100),
      ys: p.capability_eur_bn,
      xLabel: t(ally ? 'chart.frontier.x.nato' : 'chart.frontier.x.pooled'),
      yLabel: t('chart.frontier.y'),
      formatX: fmt.pctTick,
      formatY: (v) => fmt.tick(v),
      marks,
      target: ally ? { x: f.nato_core_target_pct_gdp, label: t('chart.frontier.target') } : null,
      title: text,
      summary: t('chart.frontier.summary', {
        country: placeName(ctx, sel),
        year: result.year,
        maxCapability: fmt.eurBn(p.capability_eur_bn[last]),
        minCore: fmt.pct(ally ? p.nato_core_pct_gdp[last] : NaN),
        capability: fmt.eurBn(sel.at('capability_eur_bn', yi)),
      }),
    });
  }
  return { box, plot, update };
}

/** Every country ranked by one metric; `onMetric(name)` when the reader picks another. */
export function rankingView(ctx, onMetric) {
  const { box, title, plot } = chartBox('ranking');
  const select = el('select', { id: uniqueId('ranking-metric'), class: 'ranking-metric' });
  select.append(...Object.keys(METRICS).map((m) => el('option', { value: m, text: t(`chart.ranking.${m}`) })));
  select.addEventListener('change', () => onMetric(select.value));
  const metricLine = el(
    'p',
    { class: 'metric' },
    el('label', { for: select.id, text: t('chart.ranking.metric') }),
    select,
  );
  const numbers = dataTable();
  const caption = el('figcaption');
  box.append(metricLine, plot, caption, numbers.node);
  const draw = rankingChart(plot);

  function update(result, width, metric, { sides = null } = {}) {
    const a = sides && result.pinned ? result.pinned.all.series[metric] : null;
    setText(
      caption,
      a
        ? `${t('chart.ranking.caption')} ${t('chart.ranking.caption.pinned', { a: sides.a.label })}`
        : t('chart.ranking.caption'),
    );
    if (select.value !== metric) select.value = metric;
    const run = result.all;
    const n = run.countries.length;
    const yi = result.yearIndex;
    const values = run.series[metric];
    const baseline = result.baseline.all.series[metric];
    const rows = run.countries.map((c, i) => ({
      label: countryName(c.code, c.name),
      value: values[yi * n + i],
      baseline: baseline[yi * n + i],
      pinned: a ? a[yi * n + i] : null,
      selected: c.code === result.country,
      note: t('chart.ranking.not_ally'),
    }));
    const key = (row) => (Number.isFinite(row.value) ? row.value : -Infinity);
    rows.sort((a, b) => key(b) - key(a));
    const ranked = rows.filter((row) => Number.isFinite(row.value));
    const format = METRICS[metric];
    const text = t('chart.ranking.title', { year: result.year });
    numbers.update({
      columns: [
        t('country.label'),
        a ? sides.b.label : t(`chart.ranking.${metric}`),
        ...(a ? [sides.a.label] : []),
        t('chart.path.baseline'),
      ],
      rows: rows.map((row) => [row.label, format(row.value), ...(a ? [format(row.pinned)] : []), format(row.baseline)]),
    });
    setText(title, text);
    draw({
      width,
      rows,
      format,
      title: `${text}: ${t(`chart.ranking.${metric}`)}`,
      summary: ranked.length
        ? t('chart.ranking.summary', {
            first: ranked[0].label,
            firstValue: format(ranked[0].value),
            last: ranked[ranked.length - 1].label,
            lastValue: format(ranked[ranked.length - 1].value),
          })
        : '',
    });
  }
  return { box, plot, update };
}

export const CHART_VIEWS = { path: pathView, frontier: frontierView, ranking: rankingView };
