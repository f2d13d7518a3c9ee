// The skeleton of each view, built inside the calculator's root element.
// Returns the parts the views fill in; a part a view does not have is null.
// Nothing here looks outside `root`, and every id is unique in the document.

import { language, t } from '../i18n.mjs';
import { el, uniqueId } from './dom.mjs';

/** How tall each view is at 320 px and 1280 px is in docs/widget.md (fixed-height snippets). */
export function buildLayout(root, { view, showCountry, intro = {}, languages = null }) {
  const parts = {};
  const countryId = uniqueId('country');
  const countryPicker = () => {
    parts.country = el('select', { id: countryId, class: 'country' });
    return el('p', { class: 'pick' }, el('label', { for: countryId, text: t('country.label') }), parts.country);
  };
  parts.messages = el('div', { class: 'messages error', role: 'alert', hidden: true });
  parts.credit = el('footer', { class: 'credit' });
  parts.sourceLine = el('p', { class: 'source-line' });
  parts.openFull = el('a', { class: 'open-full', target: '_blank', rel: 'noopener', text: t('page.open_full') });
  parts.downloads = el('div', { class: 'downloads-slot' });
  parts.credit.append(parts.sourceLine, el('p', { class: 'credit-links' }, parts.openFull));
  parts.chartSlot = el('div', { class: 'charts' });

  const summary = () => {
    const headingId = uniqueId('summary');
    parts.headline = el('p', { class: 'headline', text: t('page.loading') });
    // What a screen reader hears: the headline once the reader stops moving a lever, not every step.
    parts.announce = el('p', { class: 'visually-hidden announce', 'aria-live': 'polite' });
    parts.figures = el('dl', { class: 'figures' });
    return el(
      'section',
      { class: 'summary', 'aria-labelledby': headingId },
      el('h2', { id: headingId, class: 'visually-hidden', text: t('page.summary') }),
      parts.headline,
      parts.announce,
      parts.figures,
    );
  };

  // Each language named in itself ("français"), for readers who do not read the current one.
  const languagePicker = () => {
    if (!languages) return null;
    const id = uniqueId('language');
    parts.language = el(
      'select',
      { id, class: 'language' },
      ...languages.map((code) =>
        el('option', {
          value: code,
          lang: code,
          text: new Intl.DisplayNames([code], { type: 'language' }).of(code),
          selected: code === language(),
        }),
      ),
    );
    return el('p', { class: 'pick' }, el('label', { for: id, text: t('language.label') }), parts.language);
  };

  if (view === 'full') {
    parts.share = el('button', { type: 'button', class: 'share', 'aria-haspopup': 'dialog', text: t('share.open') });
    parts.notes = el('div', { class: 'notes', hidden: true });
    const section = summary();
    section.append(parts.notes);
    parts.levers = el('form', { class: 'levers', 'aria-label': t('levers.label') });
    parts.resetAll = el('button', { type: 'button', class: 'reset-all', text: t('lever.reset_all') });
    parts.levers.append(el('p', { class: 'reset-all-line' }, parts.resetAll));
    parts.sourcesBody = el('div', { class: 'sources-body' });
    parts.sources = el('details', { class: 'sources' }, el('summary', { text: t('sources.title') }), parts.sourcesBody);
    parts.compare = el('section', { class: 'compare' });
    root.append(
      el(
        'header',
        { class: 'top' },
        el('h1', { text: t('page.title') }),
        el('p', { class: 'intro', text: t('page.intro', intro) }),
        el(
          'div',
          { class: 'toolbar' },
          showCountry ? countryPicker() : null,
          languagePicker(),
          el('div', { class: 'actions' }, parts.downloads, parts.share),
        ),
      ),
      parts.messages,
      parts.compare,
      section,
      el('div', { class: 'layout' }, parts.levers, parts.chartSlot),
      parts.sources,
      parts.credit,
    );
    parts.credit.append(el('p', { class: 'about', text: t('page.footer') }));
  } else if (view === 'card') {
    parts.levers = el('form', { class: 'levers compact', 'aria-label': t('levers.label') });
    const top = showCountry ? [el('div', { class: 'toolbar' }, countryPicker())] : [];
    root.append(...top, parts.messages, summary(), parts.chartSlot, parts.levers, parts.credit);
  } else {
    root.append(parts.messages, parts.chartSlot, parts.credit);
  }
  // In an embed, the menu sits beside "Open the full calculator".
  if (view !== 'full') parts.credit.querySelector('.credit-links').append(parts.downloads);
  return parts;
}
