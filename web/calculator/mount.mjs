// mountCalculator(): one calculator inside a root element. The full page,
// every embed view and the story API all go through it:
//
//   const calc = await mountCalculator(element, { link: '?view=card&country=FR' });
//   calc.on('change', ({ state, figures, headline }) => ...);
//   calc.set({ values: { 'pooling.eu_fund_eur_bn': 50 } });
//   calc.destroy();
//
// The state lives in a store; every change is judged by the model (a value
// it refuses is named and the last good state kept), and the views redraw
// in place at most once per animation frame, only the parts that changed.
// Several calculators on one page share the model and nothing else.

import { TradeoffError } from '../tradeoff.mjs';
import { inUnit } from '../format.mjs';
import { chooseLanguage, countryName, language, LANGUAGES, t, useLanguage } from '../i18n.mjs';
import { CARD_LEVERS, DEFAULT_OPTIONS, MAX_CARD_LEVERS, readLink, writeLink } from '../link.mjs';
import { createStore } from './store.mjs';
import { facts, loadModel } from './facts.mjs';
import { frameScheduler } from './scheduler.mjs';
import { chartSlot } from './chart-slot.mjs';
import { DEFAULT_COUNTRY, EU_TOTAL, modelCalls } from './model.mjs';
import { buildLayout } from './layout.mjs';
import { valueIn, wordError } from './wording.mjs';
import { el, setAttrs, setText } from './dom.mjs';
import { figuresView, headlineText, notesView } from './views/summary.mjs';
import { changeOf, createHandle, emit } from './handle.mjs';
import { buildLevers } from './views/levers.mjs';
import { messagesView } from './views/messages.mjs';
import { renderSources, sourceLine } from './views/sources.mjs';
import { openShareDialog } from './views/share.mjs';
import { downloadsMenu } from './views/downloads.mjs';
import { comparison } from './comparison.mjs';
import { bandController } from './band/controller.mjs';
import { downloader } from './export/downloads.mjs';

export { loadModel };

const sameValues = (a, b) => Object.keys(a).every((k) => Object.is(a[k], b[k]));

/**
 * Mounts a calculator into `root` (its children are replaced). `link` is a
 * query in the link syntax (docs/widget.md): the scenario and the view
 * options. `fullUrl` is the address of the full calculator, which the "Open
 * the full calculator" link and the share dialog use. The language is the
 * link's lang=, else the reader's browser's (when the page speaks it), else
 * English. `onLanguage(code)`, when given, puts a language picker on the
 * full view and is called with the reader's choice. Resolves to a handle
 * once the first result is on screen.
 */
export async function mountCalculator(
  root,
  { link = '', model = null, fullUrl = new URL('../', import.meta.url).href, onLanguage = null } = {},
) {
  const [m] = await Promise.all([
    model ?? loadModel(),
    useLanguage(chooseLanguage(new URLSearchParams(typeof link === 'string' ? link : '').get('lang'))),
  ]);
  const ctx = facts(m);
  const { description, levers, defaults } = ctx;
  const calls = modelCalls(m, levers);
  const labelOf = ctx.leverLabel;

  // --- the link: scenario and view options ----------------------------------
  const readQuery = (query) => readLink(query, { levers, countries: ctx.codes, label: labelOf });
  const first = readQuery(link);
  const options = { ...DEFAULT_OPTIONS, ...first.options };
  const startMessages = [...first.messages];
  let shownLevers = options.levers;
  if (options.view === 'card') {
    shownLevers ??= CARD_LEVERS;
    if (shownLevers.length > MAX_CARD_LEVERS) {
      startMessages.push(t('error.url.too_many_levers', { max: MAX_CARD_LEVERS }));
      shownLevers = shownLevers.slice(0, MAX_CARD_LEVERS);
    }
  } else if (options.view === 'chart') shownLevers = [];
  const lockCountry = options.lock.includes('country');

  // --- the DOM ------------------------------------------------------------------
  root.replaceChildren();
  root.classList.add('tradeoff');
  root.setAttribute('data-tradeoff-root', '');
  setAttrs(root, { lang: language(), 'data-view': options.view, 'data-theme': options.theme, 'data-state': 'loading' });
  const parts = buildLayout(root, {
    view: options.view,
    showCountry: !lockCountry && options.view !== 'chart',
    intro: {
      core: inUnit(defaults['/nato/core_target_pct_gdp'], 'pct_gdp'),
      year: defaults['/nato/target_year'],
    },
    languages: onLanguage ? LANGUAGES : null,
  });
  parts.language?.addEventListener('change', () => onLanguage(parts.language.value));
  const messages = messagesView(parts.messages);
  setText(parts.sourceLine, sourceLine(description));
  const headline = parts.headline;
  let announceTimer = 0;
  const ANNOUNCE_AFTER_MS = 1000;
  const announceSoon = (text) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => setText(parts.announce, text), ANNOUNCE_AFTER_MS);
  };
  const figures = parts.figures ? figuresView(parts.figures, ctx) : null;
  const notes = parts.notes ? notesView(parts.notes, ctx) : null;
  const controls =
    parts.levers && shownLevers?.length !== 0
      ? buildLevers(parts.levers, levers, onLever, {
          only: shownLevers,
          flat: options.view === 'card',
          label: labelOf,
        })
      : null;
  if (parts.levers && !controls) parts.levers.remove();

  // Charts: all three on the full page, one elsewhere (switchable by the story API).
  const charts = chartSlot(parts.chartSlot, ctx, {
    onMetric: (metric) => store.update({ metric }),
    onResize: () => {
      changed.add('width');
      scheduler.request();
    },
    onCaughtUp: () => setAttrs(root, { 'data-drawn': revision }),
    current: () => ({ ...store.get(), sides: sidesOf(store.get()) }),
  });
  const chartsShown = (chart) => (options.view === 'full' ? ['path', 'frontier', 'ranking'] : [chart]);
  const download = downloader({ model: m, ctx, charts, root, fullUrl });
  const downloads = downloadsMenu(parts.downloads, (pick) => download(pick, store.get()));

  // --- the state ----------------------------------------------------------------
  const store = createStore({
    country: DEFAULT_COUNTRY,
    values: defaults,
    pinned: null, // A, the scenario B (the levers) is compared with: calls.pin()
    chart: options.chart,
    metric: 'extra_per_capita_eur',
    highlight: null,
    result: null,
    band: null, // { result, ranges, draws }: the uncertainty band of that result
  });
  const compare = comparison({
    ctx,
    calls,
    store,
    messages,
    clearInvalid: () => controls?.clearInvalid(),
    container: parts.compare,
  });
  const sidesOf = compare.sidesOf;
  const band = bandController({ levers, store, draws: options.draws, seed: options.seed });
  const listeners = { change: new Set() };
  const changed = new Set();
  let typing = null;
  let startedAt = null;
  let revision = 0;
  const scheduler = frameScheduler(render);
  const unsubscribe = store.subscribe((_state, keys) => {
    keys.forEach((k) => changed.add(k));
    scheduler.request();
  });

  /**
   * Judges a parsed link on top of `base` ({country, values}): each value the
   * model refuses keeps its last good value and is named. Commits what is
   * left; returns the messages.
   */
  function apply(parsed, base, { chart, source = 'link' } = {}) {
    const current = store.get();
    const values = { ...base.values, ...parsed.values };
    const country = parsed.country ?? base.country;
    const proposed = new Set(Object.keys(parsed.values));
    const lines = [...parsed.messages];
    const refusal = (r, values, named) => {
      const detail = wordError(r.error ?? r);
      const kept = values[r.lever.id];
      lines.push(
        t(source === 'link' ? 'error.url.refused' : 'error.story.refused', {
          label: named(labelOf(r.lever)),
          detail,
          kept: typeof kept === 'number' ? valueIn(kept, r.lever.unit) : String(kept),
        }),
      );
      return detail;
    };
    // A: the link's (its refused values fall back to the defaults), else the one pinned now.
    let pinned = base.pinned ?? null;
    if (parsed.pinned) {
      const asked = { ...defaults, ...parsed.pinned.values };
      const judgedA = calls.judge(asked, country, defaults, new Set(Object.keys(parsed.pinned.values)));
      for (const r of judgedA.refused) refusal(r, judgedA.values, (label) => t('compare.of_a', { label }));
      pinned = judgedA.result ? calls.pin(judgedA.values) : null;
    }
    const judged = calls.judge(values, country, current.result ? current.values : defaults, proposed, pinned);
    controls?.clearInvalid();
    for (const r of judged.refused)
      controls?.invalid(
        r.lever.id,
        true,
        refusal(r, judged.values, (label) => label),
      );
    if (!judged.result) {
      lines.push(t('error.kept'));
      messages.show(lines);
      return lines;
    }
    const patch = { chart: chart ?? current.chart, pinned };
    if (
      !current.result ||
      country !== current.country ||
      pinned !== current.pinned ||
      !sameValues(judged.values, current.values)
    ) {
      Object.assign(patch, { values: judged.values, country, result: judged.result });
    }
    store.update(patch);
    if (lines.length) messages.show(lines);
    else messages.clear();
    return lines;
  }

  function onLever(id, value, { event, at }) {
    const lever = calls.leverById.get(id);
    const refuse = (detail) => {
      controls.invalid(id, true, detail);
      messages.show([t('error.lever', { label: labelOf(lever), detail }), t('error.kept')]);
    };
    if (typeof value === 'number' && !Number.isFinite(value)) return refuse(t('error.not_a_number'));
    const current = store.get();
    const values = { ...current.values, [id]: value };
    let result;
    try {
      result = calls.compute(values, current.country, current.pinned);
    } catch (error) {
      if (!(error instanceof TradeoffError)) throw error;
      return refuse(wordError(error));
    }
    controls.clearInvalid();
    messages.clear();
    // The field being typed into keeps its text (rewriting it would move the caret).
    typing = event === 'typing' ? id : null;
    startedAt ??= at;
    store.update({ values, result });
  }

  // --- drawing ------------------------------------------------------------------
  function render() {
    const s = store.get();
    const r = s.result;
    const keys = new Set(changed);
    changed.clear();
    if (!r) return;
    scheduler.drawn();
    // The band alone came: drawn as a layer over the result, which is unchanged
    // (data-band names the revision it belongs to; data-revision stays).
    if (keys.size === 1 && keys.has('band')) {
      figures?.(r, s.highlight, sidesOf(s), s.band);
      charts.update({ ...s, sides: sidesOf(s) }, 'path');
      setAttrs(root, { 'data-band': s.band?.result === r ? revision : null });
      return;
    }
    const newResult = keys.has('result');
    const sides = sidesOf(s);
    let text = null;
    if (newResult) {
      if (headline) {
        setText(headline, (text = headlineText(ctx, r, { short: options.view === 'card', sides })));
        announceSoon(text);
      }
      notes?.(r);
      controls?.show(s.values, typing);
      typing = null;
    }
    if (newResult) compare.update(sides);
    if (figures && (newResult || keys.has('highlight') || keys.has('band'))) figures(r, s.highlight, sides, s.band);
    if (newResult) setAttrs(root, { 'data-band': null });

    charts.show(chartsShown(s.chart));
    downloads.charts(chartsShown(s.chart));
    if (newResult || keys.has('width') || keys.has('chart') || keys.has('band')) charts.update({ ...s, sides });
    else if (keys.has('metric')) charts.update(s, 'ranking');
    if (parts.country && parts.country.value !== s.country) parts.country.value = s.country;
    if (parts.sources?.open && (keys.has('country') || !parts.sourcesBody.childElementCount)) {
      renderSources(parts.sourcesBody, ctx, s.country);
    }

    revision += 1;
    setAttrs(root, {
      'data-revision': revision,
      'data-year': r.year,
      'data-country': s.country,
      'data-state': 'ready',
    });
    // data-drawn: the revision every chart shows (those out of view catch up when idle).
    if (!charts.pending()) setAttrs(root, { 'data-drawn': revision });
    if (startedAt !== null) {
      performance.measure('tradeoff-update', { start: startedAt, end: performance.now() });
      startedAt = null;
    }
    if (newResult) band.request(s);
    if (newResult || keys.has('chart')) {
      // One writing of the scenario's link serves the change event and the "Open the full calculator" link.
      const change = changeOf(s, { levers, options, headline: text ?? headlineText(ctx, r, { sides }), sides });
      if (newResult) setAttrs(parts.openFull, { href: `${fullUrl}?${change.query}` });
      emit(listeners, 'change', change);
    }
  }

  // --- wiring -------------------------------------------------------------------
  if (parts.country) {
    const option = (d) => el('option', { value: d.code, text: countryName(d.code, d.name) });
    parts.country.replaceChildren(
      el('option', { value: EU_TOTAL, text: t('country.eu_total', { members: ctx.euMembers, count: ctx.euMembers }) }),
      el('optgroup', { label: t('country.group.eu') }, ...ctx.dataRows.filter((d) => d.eu).map(option)),
      el('optgroup', { label: t('country.group.other') }, ...ctx.dataRows.filter((d) => !d.eu).map(option)),
    );
    parts.country.addEventListener('change', () =>
      apply({ country: parts.country.value, values: {}, messages: [] }, store.get()),
    );
  }
  parts.resetAll?.addEventListener('click', () =>
    apply(
      { country: null, values: {}, messages: [] },
      { country: store.get().country, values: defaults, pinned: store.get().pinned },
    ),
  );
  parts.sources?.addEventListener('toggle', () => {
    if (parts.sources.open) renderSources(parts.sourcesBody, ctx, store.get().country);
  });

  const handle = createHandle({
    store,
    options: { ...options, levers: shownLevers },
    readQuery,
    apply,
    showMessages: (lines) => messages.show(lines),
    defaults,
    listeners,
    destroy,
  });

  // A calculator mounted in the host page takes story messages as DOM events (embed.js sends them so).
  const onStoryEvent = (event) => handle.message(event.detail);
  root.addEventListener('tradeoff:message', onStoryEvent);
  parts.share?.addEventListener('click', () =>
    openShareDialog(root, {
      fullUrl,
      levers,
      labelOf,
      linkOf: (viewOptions) =>
        writeLink(store.get(), { levers, defaultCountry: DEFAULT_COUNTRY, options: viewOptions }),
      opener: parts.share,
    }),
  );

  let destroyed = false;
  function destroy() {
    if (destroyed) return;
    destroyed = true;
    scheduler.cancel();
    clearTimeout(announceTimer);
    charts.destroy();
    downloads.destroy();
    band.destroy();
    unsubscribe();
    listeners.change.clear();
    root.removeEventListener('tradeoff:message', onStoryEvent);
    root.replaceChildren();
    root.classList.remove('tradeoff');
    for (const name of [
      'data-tradeoff-root',
      'data-view',
      'data-theme',
      'data-state',
      'data-revision',
      'data-drawn',
      'data-year',
      'data-country',
      'data-band',
    ]) {
      root.removeAttribute(name);
    }
  }

  // --- the first result, drawn before the promise resolves ----------------------
  const lines = apply(
    { ...first, messages: startMessages },
    { country: DEFAULT_COUNTRY, values: defaults, pinned: null },
  );
  if (!store.get().result) throw new Error(lines.join(' '));
  render();
  return handle;
}
