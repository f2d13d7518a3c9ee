// The page's three charts, as inline SVG built with DOM calls: no library,
// no innerHTML, no inline style (the page runs under a strict CSP). Colours
// and fonts come from style.css through class names. Each chart is redrawn
// whole at the container's pixel width, so text keeps its size on phones.

const NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (strings become text). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten. */
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

// Container widths, kept up to date by a ResizeObserver: reading clientWidth
// after the DOM has changed would force a layout on every redraw.
const widths = new WeakMap();
const observer = new ResizeObserver((entries) => {
  for (const entry of entries) widths.set(entry.target, entry.contentRect.width);
});

function widthOf(container) {
  if (!widths.has(container)) {
    widths.set(container, container.clientWidth);
    observer.observe(container);
  }
  return widths.get(container);
}

function frame(container, height, title, summary) {
  const width = Math.max(240, Math.floor(widthOf(container) || 600));
  const root = svg(
    'svg',
    { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart', 'aria-label': title },
    svg('title', {}, title),
    svg('desc', {}, summary),
  );
  return { root, width, height };
}

function mount(container, root) {
  const old = container.querySelector('svg.chart');
  if (old) old.replaceWith(root);
  else container.prepend(root);
}

function yAxis(root, ticks, y, left, right, format) {
  const g = svg('g', { class: 'axis y' });
  for (const v of ticks) {
    g.append(
      svg('line', { x1: left, x2: right, y1: y(v), y2: y(v), class: v === 0 ? 'zero' : 'grid' }),
      svg('text', { x: left - 6, y: y(v), dy: '0.32em', 'text-anchor': 'end' }, format(v)),
    );
  }
  root.append(g);
}

function polyline(xs, ys) {
  let d = '';
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i]) || !Number.isFinite(xs[i])) continue;
    d += `${d ? 'L' : 'M'}${xs[i].toFixed(1)},${ys[i].toFixed(1)}`;
  }
  return d;
}

/**
 * Stacked areas over years plus lines: the spending path.
 * stacks: [{values, className}] bottom to top; lines: [{values, className}].
 */
export function pathChart(container, { years, stacks, lines, format, title, summary }) {
  const { root, width, height } = frame(container, 260, title, summary);
  const m = { top: 12, right: 20, bottom: 26, left: 46 };
  let top = 0;
  const tops = years.map((_, i) => stacks.reduce((sum, s) => sum + (Number.isFinite(s.values[i]) ? s.values[i] : 0), 0));
  for (const v of tops) top = Math.max(top, v);
  for (const line of lines) for (const v of line.values) if (Number.isFinite(v)) top = Math.max(top, v);
  const ticks = niceTicks(0, top * 1.05 || 1, 5);
  const x = scale(years[0], years[years.length - 1], m.left, width - m.right);
  const y = scale(0, ticks[ticks.length - 1], height - m.bottom, m.top);
  yAxis(root, ticks, y, m.left, width - m.right, format);

  const xs = years.map(x);
  const base = years.map(() => 0);
  for (const stack of stacks) {
    const upper = base.map((b, i) => b + (Number.isFinite(stack.values[i]) ? stack.values[i] : 0));
    const d = `${polyline(xs, upper.map(y))}L${polyline(xs.slice().reverse(), base.map(y).reverse()).slice(1)}Z`;
    root.append(svg('path', { d, class: `area ${stack.className}` }));
    upper.forEach((v, i) => (base[i] = v));
  }
  for (const line of lines) {
    root.append(svg('path', { d: polyline(xs, Array.from(line.values, y)), class: `line ${line.className}` }));
  }

  const g = svg('g', { class: 'axis x' });
  // Evenly spaced year labels, counted back from the last year so it is always shown.
  const every = Math.ceil(years.length / Math.max(2, Math.floor((width - m.left - m.right) / 48)));
  years.forEach((year, i) => {
    if ((years.length - 1 - i) % every) return;
    g.append(svg('text', { x: xs[i], y: height - 8, 'text-anchor': 'middle' }, String(year)));
  });
  root.append(g);
  mount(container, root);
}

/**
 * A curve y(x) with marked points and an optional vertical target line.
 * marks: [{x, y, className, ring}] (a ring circles a dot it may coincide with), drawn last first; target: {x, label} or null.
 */
export function frontierChart(container, { xs, ys, xLabel, yLabel, formatX, formatY, marks, target, title, summary }) {
  const { root, width, height } = frame(container, 280, title, summary);
  const m = { top: 26, right: 16, bottom: 40, left: 52 };
  const finite = (arr) => Array.from(arr).filter(Number.isFinite);
  const markX = marks.map((mk) => mk.x).filter(Number.isFinite);
  const markY = marks.map((mk) => mk.y).filter(Number.isFinite);
  const xv = finite(xs).concat(target ? [target.x] : [], markX);
  const yv = finite(ys).concat(markY);
  const xTicks = niceTicks(Math.min(0, ...xv), Math.max(...xv), Math.max(2, Math.floor((width - 80) / 70)));
  const yLo = Math.min(...yv);
  const yHi = Math.max(...yv);
  const pad = (yHi - yLo) * 0.08 || Math.abs(yHi) * 0.05 || 1;
  const yTicks = niceTicks(Math.max(0, yLo - pad), yHi + pad, 5);
  const x = scale(xTicks[0], xTicks[xTicks.length - 1], m.left, width - m.right);
  const y = scale(yTicks[0], yTicks[yTicks.length - 1], height - m.bottom, m.top);
  yAxis(root, yTicks, y, m.left, width - m.right, formatY);

  const gx = svg('g', { class: 'axis x' });
  for (const v of xTicks) gx.append(svg('text', { x: x(v), y: height - 24, 'text-anchor': 'middle' }, formatX(v)));
  gx.append(svg('text', { x: (m.left + width - m.right) / 2, y: height - 6, 'text-anchor': 'middle', class: 'label' }, xLabel));
  root.append(gx);
  root.append(svg('text', { x: 4, y: 12, class: 'label' }, yLabel));

  if (target) {
    root.append(svg('line', { x1: x(target.x), x2: x(target.x), y1: m.top, y2: height - m.bottom, class: 'line target' }));
    const right = x(target.x) > width - 90;
    root.append(
      svg(
        'text',
        { x: x(target.x) + (right ? -4 : 4), y: m.top + 10, 'text-anchor': right ? 'end' : 'start', class: 'label target' },
        target.label,
      ),
    );
  }
  root.append(svg('path', { d: polyline(Array.from(xs, x), Array.from(ys, y)), class: 'line frontier' }));
  // The marks are named in the legend under the chart (labels here would
  // cross the curve, and two marks often coincide); later marks on top.
  for (const mark of marks.slice().reverse()) {
    if (!Number.isFinite(mark.x) || !Number.isFinite(mark.y)) continue;
    root.append(svg('circle', { cx: x(mark.x), cy: y(mark.y), r: mark.ring ? 9 : 5, class: `mark ${mark.className}` }));
  }
  mount(container, root);
}

/**
 * Horizontal bars, one row per country, sorted by the caller.
 * rows: [{label, value, baseline, selected, note}]; format(v) labels a value.
 */
export function rankingChart(container, { rows, format, title, summary }) {
  const rowHeight = 20;
  const m = { top: 6, right: 64, bottom: 6, left: 112 };
  const height = m.top + m.bottom + rows.length * rowHeight;
  const { root, width } = frame(container, height, title, summary);
  const values = rows.flatMap((r) => [r.value, r.baseline]).filter(Number.isFinite);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const x = scale(lo, hi === lo ? lo + 1 : hi, m.left, width - m.right);
  root.append(svg('line', { x1: x(0), x2: x(0), y1: m.top, y2: height - m.bottom, class: 'zero' }));
  rows.forEach((row, i) => {
    const top = m.top + i * rowHeight;
    const g = svg('g', { class: row.selected ? 'row selected' : 'row' });
    g.append(svg('text', { x: m.left - 6, y: top + rowHeight / 2, dy: '0.32em', 'text-anchor': 'end' }, row.label));
    if (Number.isFinite(row.value)) {
      const x0 = x(Math.min(0, row.value));
      const x1 = x(Math.max(0, row.value));
      g.append(svg('rect', { x: x0, y: top + 3, width: Math.max(1, x1 - x0), height: rowHeight - 6, class: 'bar' }));
      g.append(
        svg('text', { x: x(Math.max(0, row.value)) + 4, y: top + rowHeight / 2, dy: '0.32em', class: 'value' }, format(row.value)),
      );
    } else {
      g.append(svg('text', { x: x(0) + 4, y: top + rowHeight / 2, dy: '0.32em', class: 'value muted' }, row.note ?? ''));
    }
    if (Number.isFinite(row.baseline)) {
      const bx = x(row.baseline);
      g.append(svg('line', { x1: bx, x2: bx, y1: top + 1, y2: top + rowHeight - 1, class: 'line baseline' }));
    }
    root.append(g);
  });
  mount(container, root);
}
