// The charts a view shows, in their slot: all three on the full page, one
// elsewhere (the story API may switch it). Each chart is drawn at its
// container's width (a ResizeObserver keeps the widths, so no redraw reads
// layout). Charts out of view are redrawn when the browser is idle, or as
// soon as they come into view, so a lever move redraws what the reader sees
// first.

import { CHART_VIEWS } from './views/charts.mjs';

const whenIdle = (fn) => (window.requestIdleCallback ? requestIdleCallback(fn, { timeout: 250 }) : setTimeout(fn, 50));
const cancelIdle = (id) => (window.cancelIdleCallback ? cancelIdleCallback(id) : clearTimeout(id));

/**
 * chartSlot(slot, ctx, { onMetric, onResize, onCaughtUp, current }):
 * onMetric(name) when the reader picks a ranking; onResize() when a chart's
 * width changed; onCaughtUp() when the charts out of view have been redrawn;
 * current() gives the state to draw ({ result, metric, sides, band }: sides names A and B while
 * comparing; band is the uncertainty band, { result, ranges }, drawn only for its own result).
 */
export function chartSlot(slot, ctx, { onMetric, onResize, onCaughtUp, current }) {
  const charts = new Map();
  const widths = new Map();
  const inView = new Set();
  const stale = new Set();
  let idle = 0;

  const resize = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const width = Math.floor(entry.contentRect.width);
      if (width > 0 && widths.get(entry.target) !== width) {
        widths.set(entry.target, width);
        changed = true;
      }
    }
    if (changed) onResize();
  });
  const visibility = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const name = entry.target.dataset.chart;
      if (entry.isIntersecting) inView.add(name);
      else inView.delete(name);
      if (entry.isIntersecting && stale.has(name)) catchUp();
    }
  });

  function view(name) {
    if (!charts.has(name)) {
      const chart = CHART_VIEWS[name](ctx, onMetric);
      charts.set(name, chart);
      resize.observe(chart.plot);
      visibility.observe(chart.box);
    }
    return charts.get(name);
  }

  function draw(name, { result, metric, sides = null, band = null }) {
    const chart = view(name);
    // A band belongs to the result it was computed for: any other is stale and not drawn.
    const current = band && band.result === result ? band : null;
    chart.update(result, widths.get(chart.plot) ?? chart.plot.clientWidth, metric, { sides, band: current });
    chart.drawn = true;
    stale.delete(name);
  }

  function catchUp() {
    cancelIdle(idle);
    idle = 0;
    const state = current();
    for (const name of [...stale]) draw(name, state);
    onCaughtUp();
  }

  let shown = [];
  return {
    /** Puts the charts `names` in the slot (when they differ from those shown). */
    show(names) {
      if (names.join() === shown.join()) return;
      shown = names;
      slot.replaceChildren(...names.map((name) => view(name).box));
    },
    /**
     * Redraws the charts shown, those in view now and the others later; `only`
     * limits it to one chart (the ranking when its metric changed).
     */
    update(state, only = null) {
      for (const name of shown) {
        if (only && name !== only) continue;
        if (inView.has(name) || !view(name).drawn) draw(name, state);
        else stale.add(name);
      }
      if (stale.size) idle ||= whenIdle(catchUp);
    },
    /** The figure of chart `name`, drawn for `state` if it waited to be. */
    ready(name, state) {
      const chart = view(name);
      if (stale.has(name) || !chart.drawn) draw(name, state);
      return chart.box;
    },
    /** Whether a chart out of view still waits to be redrawn. */
    pending: () => stale.size > 0,
    destroy() {
      cancelIdle(idle);
      resize.disconnect();
      visibility.disconnect();
    },
  };
}
