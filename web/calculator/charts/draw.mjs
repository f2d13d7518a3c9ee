// The three chart shapes, as inline SVG: stacked areas with lines (the
// spending path), a curve with marks (the frontier) and ranked bars. No
// library, no innerHTML, no inline style (the page runs under a strict CSP):
// colours and fonts come from style.css through class names.
//
// Each chart is built once into its container and then updated in place:
// update(data) changes attributes and text of the nodes it already has and
// adds or removes only list items (ticks, bars) whose count changed. Charts
// are drawn at the container's pixel width, so text keeps its size on phones.

import { keepChildren, setAttrs, setText, svg, uniqueId } from '../dom.mjs';

/** Round tick values covering [lo, hi]: steps of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(lo, hi, target = 5) {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step) * step;
  const ticks = [];
  for (let v = first; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  if (ticks[ticks.length - 1] < hi) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

function scale(d0, d1, r0, r1) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

const px = (v) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : 0);

function polyline(xs, ys) {
  let d = '';
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i]) || !Number.isFinite(xs[i])) continue;
    d += `${d ? 'L' : 'M'}${xs[i].toFixed(1)},${ys[i].toFixed(1)}`;
  }
  return d;
}

/** The chart's <svg> with its title and description, sized to `width` x `height`. */
function frame(container) {
  const title = svg('title');
  const desc = svg('desc');
  const root = svg('svg', { role: 'img', class: 'chart' }, title, desc);
  container.prepend(root);
  return {
    root,
    resize(width, height, label, summary) {
      setAttrs(root, { width, height, viewBox: `0 0 ${width} ${height}`, 'aria-label': label });
      setText(title, label);
      setText(desc, summary);
    },
  };
}

/** A y axis: a grid line and a label per tick, updated in place. */
function yAxis(parent) {
  const g = svg('g', { class: 'axis y' });
  parent.append(g);
  return (ticks, y, left, right, format) => {
    keepChildren(g, ticks.length, () =>
      svg('g', {}, svg('line'), svg('text', { dy: '0.32em', 'text-anchor': 'end' })),
    ).forEach((tick, i) => {
      const v = ticks[i];
      setAttrs(tick.firstChild, { x1: left, x2: right, y1: px(y(v)), y2: px(y(v)), class: v === 0 ? 'zero' : 'grid' });
      setAttrs(tick.lastChild, { x: left - 6, y: px(y(v)) });
      setText(tick.lastChild, format(v));
    });
  };
}

const usable = (width) => Math.max(240, Math.floor(width || 600));

/**
 * Stacked areas over years plus lines: the spending path.
 * update({ width, years, stacks: [{values, className}] bottom to top,
 *          lines: [{values, className}], format, title, summary })
 */
export function pathChart(container) {
  const f = frame(container);
  const axis = yAxis(f.root);
  // Textures laid over the colours, so the stacks differ by more than colour.
  const texture = { hatch: uniqueId('hatch'), dots: uniqueId('dots') };
  const defs = svg(
    'defs',
    {},
    svg(
      'pattern',
      {
        id: texture.hatch,
        'data-texture': 'hatch',
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'texture' }),
    ),
    svg(
      'pattern',
      { id: texture.dots, 'data-texture': 'dots', width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
      svg('circle', { cx: 3, cy: 3, r: 1.3, class: 'texture dot' }),
    ),
  );
  const areas = svg('g');
  const textures = svg('g');
  const band = svg('path', { class: 'band' });
  const lines = svg('g');
  const xAxis = svg('g', { class: 'axis x' });
  f.root.append(defs, areas, textures, band, lines, xAxis);
  const m = { top: 12, right: 20, bottom: 26, left: 46 };

  /**
   * stacks: [{ values, className, texture: 'hatch' | 'dots' | undefined }];
   * band: { low, high, className } (a range per year, drawn under the lines) or null.
   */
  return function update({ width: w, years, stacks, lines: series, band: range = null, format, title, summary }) {
    const width = usable(w);
    const height = width < 420 ? 200 : 260;
    f.resize(width, height, title, summary);
    let top = 0;
    for (let i = 0; i < years.length; i++) {
      top = Math.max(
        top,
        stacks.reduce((sum, s) => sum + (Number.isFinite(s.values[i]) ? s.values[i] : 0), 0),
      );
    }
    for (const line of series) for (const v of line.values) if (Number.isFinite(v)) top = Math.max(top, v);
    for (const v of range?.high ?? []) if (Number.isFinite(v)) top = Math.max(top, v);
    const ticks = niceTicks(0, top * 1.05 || 1, 5);
    const x = scale(years[0], years[years.length - 1], m.left, width - m.right);
    const y = scale(0, ticks[ticks.length - 1], height - m.bottom, m.top);
    axis(ticks, y, m.left, width - m.right, format);

    const xs = years.map(x);
    const base = years.map(() => 0);
    const shapes = [];
    keepChildren(areas, stacks.length, () => svg('path')).forEach((path, k) => {
      const upper = base.map((b, i) => b + (Number.isFinite(stacks[k].values[i]) ? stacks[k].values[i] : 0));
      const d = `${polyline(xs, upper.map(y))}L${polyline(xs.slice().reverse(), base.map(y).reverse()).slice(1)}Z`;
      setAttrs(path, { d, class: `area ${stacks[k].className}` });
      if (stacks[k].texture) shapes.push({ d, fill: `url(#${texture[stacks[k].texture]})` });
      upper.forEach((v, i) => (base[i] = v));
    });
    keepChildren(textures, shapes.length, () => svg('path', { class: 'textured' })).forEach((path, k) =>
      setAttrs(path, shapes[k]),
    );
    setAttrs(
      band,
      range
        ? {
            d: `${polyline(xs, Array.from(range.high, y))}L${polyline(xs.slice().reverse(), Array.from(range.low, y).reverse()).slice(1)}Z`,
            class: `band ${range.className}`,
          }
        : { d: null, class: 'band' },
    );
    keepChildren(lines, series.length, () => svg('path')).forEach((path, k) => {
      setAttrs(path, { d: polyline(xs, Array.from(series[k].values, y)), class: `line ${series[k].className}` });
    });

    // Evenly spaced year labels, counted back from the last year so it is always shown.
    const every = Math.ceil(years.length / Math.max(2, Math.floor((width - m.left - m.right) / 48)));
    const shown = years.filter((_, i) => (years.length - 1 - i) % every === 0);
    keepChildren(xAxis, shown.length, () => svg('text', { 'text-anchor': 'middle' })).forEach((label, k) => {
      setAttrs(label, { x: px(x(shown[k])), y: height - 8 });
      setText(label, String(shown[k]));
    });
  };
}

/**
 * A curve y(x) with marked points and an optional vertical target line.
 * update({ width, xs, ys, xLabel, yLabel, formatX, formatY,
 *          marks: [{x, y, className, ring}] (drawn last first),
 *          target: {x, label} or null, title, summary })
 */
export function frontierChart(container) {
  const f = frame(container);
  const axis = yAxis(f.root);
  const xAxis = svg('g', { class: 'axis x' });
  const xTicks = svg('g');
  const xTitle = svg('text', { 'text-anchor': 'middle', class: 'label' });
  const yTitle = svg('text', { x: 4, y: 12, class: 'label' });
  const targetLine = svg('line', { class: 'line target' });
  const targetLabel = svg('text', { class: 'label target' });
  const curve = svg('path', { class: 'line frontier' });
  const dots = svg('g');
  xAxis.append(xTicks, xTitle);
  f.root.append(xAxis, yTitle, targetLine, targetLabel, curve, dots);
  const m = { top: 26, right: 16, bottom: 40, left: 52 };

  return function update({ width: w, xs, ys, xLabel, yLabel, formatX, formatY, marks, target, title, summary }) {
    const width = usable(w);
    const height = width < 420 ? 230 : 280;
    f.resize(width, height, title, summary);
    const finite = (arr) => Array.from(arr).filter(Number.isFinite);
    const xv = finite(xs).concat(target ? [target.x] : [], finite(marks.map((mk) => mk.x)));
    const yv = finite(ys).concat(finite(marks.map((mk) => mk.y)));
    const xt = niceTicks(Math.min(0, ...xv), Math.max(...xv), Math.max(2, Math.floor((width - 80) / 70)));
    const yLo = Math.min(...yv);
    const yHi = Math.max(...yv);
    const pad = (yHi - yLo) * 0.08 || Math.abs(yHi) * 0.05 || 1;
    const yt = niceTicks(Math.max(0, yLo - pad), yHi + pad, 5);
    const x = scale(xt[0], xt[xt.length - 1], m.left, width - m.right);
    const y = scale(yt[0], yt[yt.length - 1], height - m.bottom, m.top);
    axis(yt, y, m.left, width - m.right, formatY);

    keepChildren(xTicks, xt.length, () => svg('text', { 'text-anchor': 'middle' })).forEach((label, k) => {
      setAttrs(label, { x: px(x(xt[k])), y: height - 24 });
      setText(label, formatX(xt[k]));
    });
    setAttrs(xTitle, { x: (m.left + width - m.right) / 2, y: height - 6 });
    setText(xTitle, xLabel);
    setText(yTitle, yLabel);

    setAttrs(targetLine, { display: target ? null : 'none' });
    setAttrs(targetLabel, { display: target ? null : 'none' });
    if (target) {
      const tx = px(x(target.x));
      setAttrs(targetLine, { x1: tx, x2: tx, y1: m.top, y2: height - m.bottom });
      const right = tx > width - 90;
      setAttrs(targetLabel, { x: tx + (right ? -4 : 4), y: m.top + 10, 'text-anchor': right ? 'end' : 'start' });
      setText(targetLabel, target.label);
    }
    setAttrs(curve, { d: polyline(Array.from(xs, x), Array.from(ys, y)) });
    // The marks are named in the legend under the chart (labels here would
    // cross the curve, and two marks often coincide); later marks on top.
    const drawn = marks.filter((mk) => Number.isFinite(mk.x) && Number.isFinite(mk.y)).reverse();
    keepChildren(dots, drawn.length, () => svg('circle')).forEach((dot, k) => {
      const mk = drawn[k];
      setAttrs(dot, { cx: px(x(mk.x)), cy: px(y(mk.y)), r: mk.ring ? 9 : 5, class: `mark ${mk.className}` });
    });
  };
}

/**
 * Horizontal bars, one row per country, sorted by the caller.
 * update({ width, rows: [{label, value, baseline, pinned, selected, note}], format, title, summary })
 * (pinned: the compared scenario A's value, drawn as a thinner bar under the row's own).
 * The bars and the baseline ticks are three paths (the chosen country's bar
 * apart, for its colour), so a redraw changes a few attributes, not a hundred.
 */
export function rankingChart(container) {
  const f = frame(container);
  const zero = svg('line', { class: 'zero' });
  const bars = svg('path', { class: 'bar' });
  const chosen = svg('path', { class: 'bar selected' });
  const ticks = svg('path', { class: 'line baseline' });
  const pinnedBars = svg('path', { class: 'bar pinned' });
  const labels = svg('g', { class: 'labels' });
  f.root.append(zero, bars, chosen, pinnedBars, ticks, labels);
  const rowHeight = 20;
  const m = { top: 6, right: 64, bottom: 6, left: 112 };
  // The label column is as wide as the longest country name in this
  // language ("Vereinigtes Königreich" needs more than "Malta"), measured
  // only when the names change.
  let measuredNames = '';
  let nameWidth = 0;
  const labelColumn = (rowEls, names, width) => {
    const key = names.join('\n');
    if (key !== measuredNames) {
      const widths = rowEls.map((g) => g.children[0].getComputedTextLength?.() ?? 0);
      const longest = Math.max(0, ...widths);
      // Unrendered (display: none): estimate from the characters, measure again next time.
      nameWidth = longest > 0 ? longest : Math.max(0, ...names.map((n) => n.length)) * 7;
      measuredNames = longest > 0 ? key : '';
    }
    return Math.round(Math.min(Math.max(48, nameWidth + 12), width * 0.45));
  };
  const makeRow = () =>
    svg(
      'g',
      { class: 'row' },
      svg('text', { dy: '0.32em', 'text-anchor': 'end' }, ''),
      svg('text', { dy: '0.32em' }, ''),
    );

  return function update({ width: w, rows, format, title, summary }) {
    const width = usable(w);
    const height = m.top + m.bottom + rows.length * rowHeight;
    f.resize(width, height, title, summary);
    const rowEls = keepChildren(labels, rows.length, makeRow);
    rowEls.forEach((g, i) => setText(g.children[0], rows[i].label));
    m.left = labelColumn(
      rowEls,
      rows.map((r) => r.label),
      width,
    );
    const values = rows.flatMap((r) => [r.value, r.baseline, r.pinned]).filter(Number.isFinite);
    // While comparing, each row has a second, thinner bar under the first: A's.
    const paired = rows.some((r) => Number.isFinite(r.pinned));
    const barHeight = paired ? 9 : rowHeight - 6;
    const lo = Math.min(0, ...values);
    const hi = Math.max(0, ...values);
    const x = scale(lo, hi === lo ? lo + 1 : hi, m.left, width - m.right);
    setAttrs(zero, { x1: px(x(0)), x2: px(x(0)), y1: m.top, y2: height - m.bottom });
    let barPath = '';
    let chosenPath = '';
    let tickPath = '';
    let pinnedPath = '';
    const barAt = (value, top, height) => {
      const x0 = px(x(Math.min(0, value)));
      const x1 = px(x(Math.max(0, value)));
      const w = px(Math.max(1, x1 - x0));
      return `M${x0},${top}h${w}v${height}h${-w}Z`;
    };
    rowEls.forEach((g, i) => {
      const row = rows[i];
      const mid = m.top + i * rowHeight + rowHeight / 2;
      const [label, value] = g.children;
      setAttrs(g, { class: row.selected ? 'row selected' : 'row' });
      setAttrs(label, { x: m.left - 6, y: mid });
      const known = Number.isFinite(row.value);
      const top = mid - rowHeight / 2 + 3;
      if (known) {
        const bar = barAt(row.value, top, barHeight);
        if (row.selected) chosenPath += bar;
        else barPath += bar;
      }
      const hasPinned = Number.isFinite(row.pinned);
      if (hasPinned) pinnedPath += barAt(row.pinned, top + barHeight + 1, rowHeight - 7 - barHeight);
      const end = Math.max(0, known ? row.value : 0, hasPinned ? row.pinned : 0);
      setAttrs(value, {
        x: px(x(end) + 4),
        y: mid,
        class: known ? 'value' : 'value muted',
      });
      setText(value, known ? format(row.value) : (row.note ?? ''));
      if (Number.isFinite(row.baseline)) {
        tickPath += `M${px(x(row.baseline))},${mid - rowHeight / 2 + 1}v${rowHeight - 2}`;
      }
    });
    setAttrs(bars, { d: barPath || null });
    setAttrs(chosen, { d: chosenPath || null });
    setAttrs(ticks, { d: tickPath || null });
    setAttrs(pinnedBars, { d: pinnedPath || null });
  };
}
