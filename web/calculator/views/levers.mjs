// The lever controls, drawn from the model's describe(): ranges, steps,
// defaults and units all come from there, so the page and the model cannot
// disagree. The page's groups gather the model's groups for readers.

import { t } from '../../i18n.mjs';
import { inUnit } from '../../format.mjs';
import { el, uniqueId } from '../dom.mjs';

/** Page groups, in display order, and the model groups each gathers. */
export const GROUPS = [
  ['nato', ['nato', 'spending']],
  ['pooling', ['pooling', 'industry']],
  ['financing', ['financing']],
  ['economy', ['economy', 'horizon']],
];

const SLIDER_STEPS = 1000;

/** "lever.pooling.eu_fund_eur_bn" for "/pooling/eu_fund_eur_bn". */
const defaultLabel = (lever) => t(lever.label);
const unitOf = (lever) => t(`unit.${lever.unit}`);

/**
 * A wide range (the EU fund runs 0..1000 around a default of 1.6) gets a
 * slider with a square-root scale, so the values readers try stay reachable;
 * the number field always takes any value.
 */
function sliderScale(lever) {
  const span = lever.max - lever.min;
  if (span / lever.step <= 2 * SLIDER_STEPS) {
    return { min: lever.min, max: lever.max, step: lever.step, toValue: Number, toPosition: (v) => v };
  }
  const round = (v) => Math.round(v / lever.step) * lever.step;
  return {
    min: 0,
    max: SLIDER_STEPS,
    step: 1,
    toValue: (pos) => Number(round(lever.min + span * (pos / SLIDER_STEPS) ** 2).toFixed(10)),
    toPosition: (v) => Math.round(Math.sqrt(Math.max(0, (v - lever.min) / span)) * SLIDER_STEPS),
  };
}

function markInvalid(node, bad) {
  if (bad) node.setAttribute('aria-invalid', 'true');
  else node.removeAttribute('aria-invalid');
}

function numericLever(lever, onInput, labelOf) {
  const id = uniqueId(`lever${lever.id.replaceAll('/', '-')}`);
  const s = sliderScale(lever);
  const range = el('input', {
    type: 'range',
    min: s.min,
    max: s.max,
    step: s.step,
    'aria-labelledby': `${id}-label`,
  });
  const field = el('input', {
    type: 'number',
    id,
    min: lever.min,
    max: lever.max,
    step: lever.type === 'integer' ? 1 : 'any',
    inputmode: lever.type === 'integer' || lever.min >= 0 ? 'numeric' : 'text',
  });
  if (lever.type === 'number') field.setAttribute('inputmode', 'decimal');
  const unit = unitOf(lever);
  const reset = el('button', {
    type: 'button',
    class: 'reset',
    text: '\u21ba',
    title: t('lever.reset.label', { label: labelOf(lever), value: inUnit(lever.default, lever.unit) }),
    'aria-label': t('lever.reset.label', { label: labelOf(lever), value: inUnit(lever.default, lever.unit) }),
  });

  const show = (value) => {
    field.value = String(value);
    range.value = String(s.toPosition(value));
    range.setAttribute('aria-valuetext', inUnit(value, lever.unit));
  };
  range.addEventListener('input', (e) => {
    const value = s.toValue(Number(range.value));
    field.value = String(value);
    range.setAttribute('aria-valuetext', inUnit(value, lever.unit));
    onInput(lever.id, value, { event: 'range', at: e.timeStamp });
  });
  // While typing, recompute only values already in range (so "2" on the way
  // to "2040" does not flash an error); on change, always, and let the model
  // judge.
  field.addEventListener('input', (e) => {
    const value = field.valueAsNumber;
    if (Number.isFinite(value) && value >= lever.min && value <= lever.max) {
      range.value = String(s.toPosition(value));
      onInput(lever.id, value, { event: 'typing', at: e.timeStamp });
    }
  });
  field.addEventListener('change', (e) => onInput(lever.id, field.valueAsNumber, { event: 'change', at: e.timeStamp }));
  reset.addEventListener('click', (e) => onInput(lever.id, lever.default, { event: 'reset', at: e.timeStamp }));

  // The unit sits in the label, so every slider in a group has the same length.
  const node = el(
    'div',
    { class: 'lever numeric', 'data-lever': lever.id },
    el(
      'label',
      { for: id, id: `${id}-label` },
      labelOf(lever),
      unit ? el('span', { class: 'unit', text: ` (${unit})` }) : null,
    ),
    el('div', { class: 'lever-row' }, range, field, reset),
  );
  return { node, show, invalid: (bad) => markInvalid(field, bad) };
}

function choiceLever(lever, onInput, labelOf) {
  const id = uniqueId(`lever${lever.id.replaceAll('/', '-')}`);
  const select = el('select', { id });
  for (const choice of lever.choices) {
    select.append(el('option', { value: choice, text: t(`${lever.label}.${choice}`) }));
  }
  select.addEventListener('change', (e) => onInput(lever.id, select.value, { event: 'change', at: e.timeStamp }));
  const node = el(
    'div',
    { class: 'lever choice', 'data-lever': lever.id },
    el('label', { for: id, text: labelOf(lever) }),
    select,
  );
  return { node, show: (v) => (select.value = v), invalid: (bad) => markInvalid(select, bad) };
}

function booleanLever(lever, onInput, labelOf) {
  const id = uniqueId(`lever${lever.id.replaceAll('/', '-')}`);
  const box = el('input', { type: 'checkbox', id });
  box.addEventListener('change', (e) => onInput(lever.id, box.checked, { event: 'change', at: e.timeStamp }));
  const node = el(
    'div',
    { class: 'lever boolean', 'data-lever': lever.id },
    box,
    el('label', { for: id, text: labelOf(lever) }),
  );
  return { node, show: (v) => (box.checked = Boolean(v)), invalid: (bad) => markInvalid(box, bad) };
}

/**
 * Draws the levers into `form`: all of them in the page's groups, or only
 * `only` (ids, in that order) when given; `flat` draws them without groups
 * (the card view). onInput(id, value, {event, at}) is called on every change
 * (`at`: the DOM event's time stamp); `label` words a lever's label. Returns { show(values, except),
 * invalid(id, bad, message), clearInvalid() }.
 */
export function buildLevers(form, levers, onInput, { only = null, flat = false, label = defaultLabel } = {}) {
  const controls = new Map();
  const shown = new Map();
  const make = (lever) => {
    const build = lever.type === 'choice' ? choiceLever : lever.type === 'boolean' ? booleanLever : numericLever;
    const control = build(lever, onInput, label);
    controls.set(lever.id, control);
    return control.node;
  };
  const picked = only ? only.map((id) => levers.find((l) => l.id === id)).filter(Boolean) : levers;
  if (flat) {
    form.append(...picked.map(make));
  } else {
    for (const [group, members] of GROUPS) {
      const inGroup = picked.filter((l) => members.includes(l.group));
      if (!inGroup.length) continue;
      const fieldset = el('fieldset', { class: `group ${group}` }, el('legend', { text: t(`group.${group}`) }));
      // A chosen subset is shown whole: nothing folded away.
      const more = el('details', { class: 'more' }, el('summary', { text: t('group.more') }));
      for (const lever of inGroup) (lever.advanced && !only ? more : fieldset).append(make(lever));
      if (more.children.length > 1) fieldset.append(more);
      form.append(fieldset);
    }
  }
  return {
    /** Shows `values` in every control but `except` (the one being typed into); unchanged ones are not touched. */
    show(values, except = null) {
      for (const [id, control] of controls) {
        if (id === except || Object.is(shown.get(id), values[id])) continue;
        control.show(values[id]);
        shown.set(id, values[id]);
      }
    },
    /** Marks a lever bad or good; `message` is shown under it (and read with it). */
    invalid(id, bad, message = '') {
      const control = controls.get(id);
      if (!control) return;
      control.invalid(bad);
      // The field shows the refused value: show() must rewrite it next time.
      if (bad) shown.delete(id);
      let note = control.node.querySelector('.lever-error');
      if (bad && message) {
        if (!note) {
          note = el('p', { class: 'lever-error', id: uniqueId('lever-error') });
          control.node.append(note);
        }
        note.textContent = message;
        control.node.querySelector('input:not([type=range]), select')?.setAttribute('aria-describedby', note.id);
      } else if (!bad && note) {
        note.remove();
        control.node.querySelector('[aria-describedby]')?.removeAttribute('aria-describedby');
      }
      if (bad) {
        const details = control.node.closest('details');
        if (details) details.open = true;
      }
    },
    clearInvalid() {
      for (const [id, control] of controls) {
        if (control.node.querySelector('[aria-invalid], .lever-error')) this.invalid(id, false);
      }
    },
  };
}
