// The calculator page (index.html): mounts one calculator with the options
// and the scenario of the page's address, keeps the address in step with
// the state, and, inside an iframe, talks to the host page (frame.mjs).

import { mountCalculator } from './calculator/mount.mjs';
import { connectFrame } from './frame.mjs';
import { language, t } from './i18n.mjs';

const html = document.documentElement;
let latestLink = null;

/**
 * The id Pym.js gave this iframe (an element id of the host page), echoed in
 * our height messages; anything else in the address is not a Pym id.
 */
const CHILD_ID = /^[\w-]{1,64}$/.exec(new URLSearchParams(location.search).get('childId') ?? '')?.[0] ?? null;

function keepAddress(calculator) {
  // The address follows the state a moment after the last change: browsers
  // make replaceState cost milliseconds, too much for every slider step.
  let timer = 0;
  let link = null;
  const write = () => {
    clearTimeout(timer);
    timer = 0;
    const query = CHILD_ID ? `${link}&childId=${CHILD_ID}` : link;
    history.replaceState(null, '', `${location.pathname}?${query}`);
  };
  calculator.on('change', (change) => {
    link = change.link;
    latestLink = link;
    clearTimeout(timer);
    timer = setTimeout(write, 150);
  });
  addEventListener('pagehide', () => timer && write());
}

/** The reader picked a language: the page is loaded again in it, with the scenario on screen. */
function switchLanguage(code) {
  const params = new URLSearchParams(latestLink ?? location.search);
  params.set('lang', code);
  if (CHILD_ID) params.set('childId', CHILD_ID);
  location.search = params.toString();
}

mountCalculator(document.getElementById('calculator'), { link: location.search, onLanguage: switchLanguage })
  .then((calculator) => {
    html.lang = language();
    // The page around the calculator takes its theme, so a dark embed has no white edge.
    html.dataset.theme = document.querySelector('[data-tradeoff-root]')?.dataset.theme ?? 'auto';
    document.title = t('page.title');
    keepAddress(calculator);
    connectFrame(calculator, { childId: CHILD_ID });
    html.dataset.state = 'ready';
    performance.mark('tradeoff-first-result');
  })
  .catch((error) => {
    html.dataset.state = 'failed';
    const box = document.getElementById('calculator');
    box.replaceChildren();
    const p = document.createElement('p');
    p.className = 'messages error';
    p.setAttribute('role', 'alert');
    p.textContent = t('page.failed', { detail: error?.message ?? String(error) });
    box.append(p);
    throw error;
  });
