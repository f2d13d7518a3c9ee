// The comparison bar of the full view: pin the scenario on screen as "A",
// load "NATO first" or "Europe first" into the levers (with the other one
// pinned when nothing is, so one click gives the ready-made comparison),
// stop comparing; and, while comparing, which scenario is which, in one
// sentence each.

import { t } from '../../i18n.mjs';
import { el, setHidden, setText, uniqueId } from '../dom.mjs';

/**
 * compareBar(container, { onPin, onPreset, onUnpin }) -> update({ a, b }):
 * a and b are { name, about } (about: the sentence for a preset, or null);
 * a is null when nothing is pinned.
 */
export function compareBar(container, { onPin, onPreset, onUnpin }) {
  const pin = el('button', { type: 'button', class: 'pin', text: t('compare.pin') });
  const unpin = el('button', { type: 'button', class: 'unpin', text: t('compare.unpin') });
  const presets = ['nato_first', 'europe_first'].map((name) =>
    el('button', { type: 'button', class: 'preset', 'data-preset': name, text: t(`compare.name.${name}`) }),
  );
  const status = el('p', { class: 'compare-status' });
  const about = el('ul', { class: 'compare-about' });
  const headingId = uniqueId('compare-title');
  container.append(
    el('h2', { class: 'visually-hidden', id: headingId, text: t('compare.title') }),
    el('div', { class: 'compare-actions' }, pin, ...presets, unpin),
    status,
    about,
  );
  container.setAttribute('aria-labelledby', headingId);
  pin.addEventListener('click', onPin);
  unpin.addEventListener('click', onUnpin);
  presets.forEach((button) => button.addEventListener('click', () => onPreset(button.dataset.preset)));

  return function update({ a, b }) {
    setHidden(unpin, !a);
    setText(pin, t(a ? 'compare.pin_again' : 'compare.pin'));
    setText(status, a ? t('compare.status', { a: a.label, b: b.label }) : t('compare.hint'));
    const lines = a ? [a, b].filter((s) => s.about).map((s) => s.about) : [];
    about.replaceChildren(...lines.map((text) => el('li', { text })));
    setHidden(about, lines.length === 0);
  };
}
