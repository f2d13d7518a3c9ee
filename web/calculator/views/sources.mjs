// Where the figures come from: the one-line source every view carries, and
// the full panel (every data column of the chosen country with its value,
// source and vintage, and the flags on weaker figures).

import { countryName, has, t } from '../../i18n.mjs';
import * as fmt from '../../format.mjs';
import { el } from '../dom.mjs';

/**
 * The publishers the data comes from, for the one-line source. A test checks
 * that each is named in the sources of describe(), so the line cannot claim
 * a source the data does not use.
 */
export const PUBLISHERS = ['NATO', 'Eurostat', 'SIPRI', 'World Bank', 'European Commission', 'ECB'];

export function sourceLine(description) {
  return t('sources.line', {
    publishers: PUBLISHERS.join(', '),
    data: description.data_version,
    model: description.model_version,
  });
}

/** Fills `body` with the data behind `country` (a data row's code, or the EU total). */
export function renderSources(body, ctx, country) {
  const { description, dataRows } = ctx;
  const row = dataRows.find((d) => d.code === country);
  const columns = description.data.columns.filter((c) => !['code', 'name', 'eu', 'nato', 'flags'].includes(c.column));
  const headings = ['sources.column', row ? 'sources.value' : null, 'sources.source', 'sources.vintage'].filter(
    Boolean,
  );
  const table = el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...headings.map((k) => el('th', { scope: 'col', text: t(k) })))),
    el(
      'tbody',
      {},
      ...columns.map((c) => {
        const value = row?.[c.column];
        const text =
          value === null || value === undefined ? '\u2013' : fmt.inUnit(value, c.unit, t(`data_unit.${c.unit}`));
        return el(
          'tr',
          {},
          el('th', { scope: 'row', text: t(`column.${c.column}`) }),
          row ? el('td', { class: 'num', text }) : null,
          // The data file's citation, as written there (in English).
          el('td', { text: c.source, lang: 'en' }),
          el('td', { text: c.vintage }),
        );
      }),
    ),
  );
  const meaning = new Map(description.data.flags.map((f) => [f.flag, f.meaning]));
  const named = (flags) => flags.map((f) => (has(`flag.${f}`) ? t(`flag.${f}`) : (meaning.get(f) ?? f)));
  let flags;
  if (row) {
    flags = row.flags.length
      ? [
          el('h3', { text: t('sources.flags', { country: countryName(row.code, row.name) }) }),
          el('ul', {}, ...named(row.flags).map((m) => el('li', { text: m }))),
        ]
      : [el('p', { text: t('sources.flags.none', { country: countryName(row.code, row.name) }) })];
  } else {
    const flagged = dataRows.filter((d) => d.eu && d.flags.length);
    flags = [
      el('h3', { text: t('sources.flags.eu') }),
      el(
        'ul',
        {},
        ...flagged.map((d) =>
          el('li', {
            text: t('sources.flags.item', { country: countryName(d.code, d.name), flags: named(d.flags).join('; ') }),
          }),
        ),
      ),
    ];
  }
  body.replaceChildren(
    el('p', { text: t('sources.intro', { model: description.model_version, data: description.data_version }) }),
    // Scrolls sideways on a phone: reachable by keyboard, named for screen readers.
    el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('sources.title') }, table),
    ...flags,
  );
}
