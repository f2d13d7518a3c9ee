// The "Download" menu: the data on screen as CSV, the scenario as JSON and
// each chart shown as PNG or SVG. A disclosure (<details>) holding buttons:
// it works with a keyboard and a screen reader as it is; Escape and a click
// elsewhere close it. What it downloads is made by the calculator
// (onPick); this view only offers it and says how it went.

import { t } from '../../i18n.mjs';
import { el, keepChildren, setAttrs, setText } from '../dom.mjs';

/**
 * downloadsMenu(container, onPick) -> { charts(names), status(text) }.
 * onPick({ kind: 'csv' | 'json' | 'chart', chart, format }) may return a promise.
 */
export function downloadsMenu(container, onPick) {
  const list = el('ul', { class: 'downloads-list' });
  const summary = el('summary', { text: t('download.open') });
  const menu = el('details', { class: 'downloads' }, summary, list);
  const status = el('p', { class: 'downloads-status', role: 'status' });
  container.append(menu, status);

  const close = () => {
    if (menu.open) menu.open = false;
  };
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      close();
      summary.focus();
    }
  });
  const onOutside = (event) => {
    if (!menu.contains(event.target)) close();
  };
  menu.addEventListener('toggle', () => {
    if (menu.open) document.addEventListener('pointerdown', onOutside);
    else document.removeEventListener('pointerdown', onOutside);
  });

  const item = (pick, label) => ({ pick, label });
  let shown = '';
  return {
    /** The items for the charts `names` on screen, after the data's two. */
    charts(names) {
      if (names.join() === shown) return;
      shown = names.join();
      const items = [
        item({ kind: 'csv' }, t('download.csv')),
        item({ kind: 'json' }, t('download.json')),
        ...names.flatMap((chart) =>
          ['png', 'svg'].map((format) =>
            item(
              { kind: 'chart', chart, format },
              t('download.chart', { chart: t(`share.chart.${chart}`), format: format.toUpperCase() }),
            ),
          ),
        ),
      ];
      keepChildren(list, items.length, () => el('li', {}, el('button', { type: 'button' }))).forEach((li, i) => {
        const button = li.firstChild;
        const { pick, label } = items[i];
        setText(button, label);
        setAttrs(button, {
          'data-download': pick.kind === 'chart' ? `${pick.chart}-${pick.format}` : pick.kind,
        });
        button.onclick = async () => {
          close();
          setText(status, '');
          try {
            const name = await onPick(pick);
            setText(status, t('download.done', { file: name }));
          } catch (error) {
            setText(status, t('download.failed', { reason: error?.message ?? String(error) }));
          }
        };
      });
    },
    destroy() {
      document.removeEventListener('pointerdown', onOutside);
    },
  };
}
