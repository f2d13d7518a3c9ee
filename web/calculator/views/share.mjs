// The "Share / Embed" dialog of the full page: a link to the scenario on
// screen, and the snippet that embeds it as a card, a chart or the full
// calculator, with a live preview (sized by the same height messages a news
// site's page receives) and copy buttons. A native modal <dialog>: focus
// stays inside, Escape closes it, focus returns to the button that opened it.

import { language, LANGUAGES, t } from '../../i18n.mjs';
import { CARD_LEVERS, CHARTS, MAX_CARD_LEVERS, THEMES, VIEWS } from '../../link.mjs';
import { el, setAttrs, setText, uniqueId } from '../dom.mjs';

/** The iframe height of a snippet, per view: a desktop column's worth when embed.js is missing (docs/widget.md gives each view's height at 320 and 1280 px). */
export const SNIPPET_HEIGHTS = { card: 1000, chart: 600, full: 2300 };

/** The snippet a newsroom pastes: the iframe and the script that sizes it. */
export function snippetOf(src, scriptSrc, view) {
  const attr = (s) => s.replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return (
    `<iframe data-tradeoff src="${attr(src)}" title="${attr(t('page.title'))}" width="100%" ` +
    `height="${SNIPPET_HEIGHTS[view]}" loading="lazy"></iframe>\n<script async src="${attr(scriptSrc)}"></script>`
  );
}

async function copy(text, field, status) {
  try {
    await navigator.clipboard.writeText(text);
    setText(status, t('share.copied'));
  } catch {
    // No clipboard API (an insecure origin, a denied permission): select the text for the reader.
    field.focus();
    field.select();
    setText(status, t('share.copy_manually'));
  }
}

const dialogs = new WeakMap();

/**
 * Opens the dialog for the calculator in `root`. `linkOf(options)` gives the
 * link query of the scenario on screen with those view options (null: none);
 * `fullUrl` is the calculator's address.
 */
export function openShareDialog(root, { fullUrl, levers, labelOf, linkOf, opener }) {
  let d = dialogs.get(root);
  if (!d) {
    d = buildDialog({ fullUrl, levers, labelOf, linkOf, opener });
    root.append(d.dialog);
    dialogs.set(root, d);
  }
  d.refresh();
  d.dialog.showModal();
}

function buildDialog({ fullUrl, levers, labelOf, linkOf, opener }) {
  const titleId = uniqueId('share-title');
  const field = (cls) => el('textarea', { class: cls, readonly: true, rows: 1, spellcheck: 'false' });
  const linkField = el('input', { type: 'text', class: 'share-link', readonly: true, id: uniqueId('share-link') });
  const snippetField = field('share-snippet');
  snippetField.setAttribute('rows', '4');
  snippetField.id = uniqueId('share-snippet');
  const status = el('p', { class: 'share-status', role: 'status' });
  const copyLink = el('button', { type: 'button', class: 'copy-link', text: t('share.copy_link') });
  const copySnippet = el('button', { type: 'button', class: 'copy-snippet', text: t('share.copy_snippet') });
  const close = el('button', { type: 'button', class: 'close', text: t('share.close') });

  const viewSelect = el('select', { id: uniqueId('share-view'), class: 'share-view' });
  viewSelect.append(...VIEWS.map((v) => el('option', { value: v, text: t(`share.view.${v}`) })));
  viewSelect.value = 'card';
  const chartSelect = el('select', { id: uniqueId('share-chart'), class: 'share-chart' });
  chartSelect.append(...CHARTS.map((c) => el('option', { value: c, text: t(`share.chart.${c}`) })));
  const lockBox = el('input', { type: 'checkbox', id: uniqueId('share-lock'), class: 'share-lock' });
  // The embed's language and theme: the article's, which the newsroom knows.
  const langSelect = el('select', { id: uniqueId('share-lang'), class: 'share-lang' });
  langSelect.append(
    ...LANGUAGES.map((code) =>
      el('option', { value: code, lang: code, text: new Intl.DisplayNames([code], { type: 'language' }).of(code) }),
    ),
  );
  langSelect.value = language();
  const themeSelect = el('select', { id: uniqueId('share-theme'), class: 'share-theme' });
  themeSelect.append(...THEMES.map((v) => el('option', { value: v, text: t(`share.theme.${v}`) })));

  // Levers a card may show: the reader's picks, at most MAX_CARD_LEVERS.
  const leverBoxes = levers
    .filter((l) => !l.advanced)
    .map((l) => {
      const box = el('input', { type: 'checkbox', value: l.id, id: uniqueId('share-lever') });
      box.checked = CARD_LEVERS.includes(l.id);
      return { box, row: el('li', {}, box, el('label', { for: box.id, text: labelOf(l) })) };
    });
  const leverSet = el(
    'fieldset',
    { class: 'share-levers' },
    el('legend', { text: t('share.levers', { max: MAX_CARD_LEVERS }) }),
    el('ul', {}, ...leverBoxes.map((b) => b.row)),
  );

  const row = (label, control) =>
    el('p', { class: 'share-row' }, el('label', { for: control.id, text: t(label) }), control);
  const chartRow = row('share.chart', chartSelect);
  const preview = el('iframe', { class: 'share-preview', title: t('share.preview'), loading: 'eager' });
  const dialog = el(
    'dialog',
    { class: 'share-dialog', 'aria-labelledby': titleId },
    el('div', { class: 'share-head' }, el('h2', { id: titleId, text: t('share.title') }), close),
    row('share.link', linkField),
    el('p', {}, copyLink),
    el('h3', { text: t('share.embed') }),
    el(
      'div',
      { class: 'share-options' },
      row('share.view', viewSelect),
      chartRow,
      row('share.lang', langSelect),
      row('share.theme', themeSelect),
      el('p', { class: 'share-row check' }, lockBox, el('label', { for: lockBox.id, text: t('share.lock') })),
    ),
    leverSet,
    row('share.snippet', snippetField),
    el('p', {}, copySnippet),
    status,
    el('h3', { text: t('share.preview') }),
    // Scrolls sideways on a phone: reachable by keyboard, named for screen readers.
    el('div', { class: 'share-preview-wrap', tabindex: 0, role: 'region', 'aria-label': t('share.preview') }, preview),
  );

  // The view options chosen here, written by the link writer like any other.
  const embedQuery = () => {
    const view = viewSelect.value;
    const picked = leverBoxes.filter((b) => b.box.checked).map((b) => b.box.value);
    return linkOf({
      view,
      chart: view === 'full' ? null : chartSelect.value,
      lock: lockBox.checked ? ['country'] : [],
      levers: view === 'card' ? picked : null,
      lang: langSelect.value,
      theme: themeSelect.value,
    });
  };
  let previewSrc = '';
  function refresh() {
    const view = viewSelect.value;
    const picked = leverBoxes.filter((b) => b.box.checked).length;
    for (const b of leverBoxes) b.box.disabled = !b.box.checked && picked >= MAX_CARD_LEVERS;
    // Only what applies to the chosen view is shown.
    leverSet.hidden = view !== 'card';
    chartRow.hidden = view === 'full';
    linkField.value = `${fullUrl}?${linkOf(null)}`;
    const src = `${fullUrl}?${embedQuery()}`;
    snippetField.value = snippetOf(src, new URL('embed.js', fullUrl).href, view);
    if (src !== previewSrc) {
      previewSrc = src;
      setAttrs(preview, { src });
    }
    setText(status, '');
  }
  for (const control of [viewSelect, chartSelect, langSelect, themeSelect, lockBox, ...leverBoxes.map((b) => b.box)]) {
    control.addEventListener('change', refresh);
  }
  copyLink.addEventListener('click', () => copy(linkField.value, linkField, status));
  copySnippet.addEventListener('click', () => copy(snippetField.value, snippetField, status));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());
  // The preview sizes itself as an embed does: by its height messages, trusted only from its own window.
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== preview.contentWindow || data?.type !== 'tradeoff:height') return;
    if (Number.isFinite(data.height) && data.height > 0 && data.height < 100000)
      preview.style.height = `${Math.ceil(data.height)}px`;
  });
  return { dialog, refresh };
}
