/*
 * embed.js v1 — the host-page script of the Defence Trade-off Calculator.
 *
 * A newsroom pastes it next to the calculator's iframe:
 *   <iframe data-tradeoff src="https://example.org/tradeoff/?view=card" title="…" height="700"></iframe>
 *   <script async src="https://example.org/tradeoff/embed.js"></script>
 *
 * Calculator (child) → host, via window.parent.postMessage(msg, '*'):
 *   { type: 'tradeoff:ready', version: 1 }           first result shown
 *   { type: 'tradeoff:height', height: <CSS px> }    content height changed
 *   { type: 'tradeoff:change', state, query, figures, headline }   after each change
 * Host → calculator, via iframe.contentWindow.postMessage(msg, <origin of iframe.src>):
 *   { type: 'tradeoff:hello' }   (to any origin) say ready and post the height again
 *   { type: 'tradeoff:set', query: 'country=FR&pooling.eu_fund_eur_bn=50' }   a whole state
 *   { type: 'tradeoff:chart', chart: 'path' | 'frontier' | 'ranking' }
 *   { type: 'tradeoff:highlight', figure: '<figure name>' }
 *
 * What it does:
 * - sizes each iframe[data-tradeoff] to the heights its own window posts;
 * - re-dispatches 'tradeoff:change' as a DOM CustomEvent on the iframe (bubbles; detail = a copy of the message);
 * - story markup: a click on [data-tradeoff-set="query"] sends that state; [data-tradeoff-step="query"]
 *   sends its state when it crosses the middle of the viewport and gets [data-tradeoff-active].
 *   Optional data-tradeoff-chart / data-tradeoff-highlight on the same element; data-tradeoff-target="id"
 *   names the calculator, else the first iframe[data-tradeoff] or [data-tradeoff-root] of the page.
 *   A [data-tradeoff-root] (calculator mounted in the page, no iframe) gets a 'tradeoff:message' CustomEvent.
 * - holds what is sent to an iframe until it has said 'tradeoff:ready' or sent a change (lazy iframes load late).
 *
 * Nothing from a message is ever inserted as HTML or run; anything unexpected is ignored silently.
 * Works under a strict CSP (no eval, no inline style: heights are set through the CSSOM).
 * Exposes only window.__tradeoffEmbed (its version), which also keeps a second copy from registering twice.
 */
(function () {
  'use strict';

  if (window.__tradeoffEmbed) return;
  window.__tradeoffEmbed = 1;

  const IFRAMES = 'iframe[data-tradeoff]';
  const CALCULATORS = 'iframe[data-tradeoff], [data-tradeoff-root]';
  const STEPS = '[data-tradeoff-step]';
  const MAX_ATTRIBUTE = 4000; // the longest link a calculator reads (MAX_QUERY_LENGTH in link.mjs)
  const MAX_HEIGHT = 100000;

  // --- Iframes and their state ---------------------------------------------------

  /** Per iframe: whether it said ready, and the latest message of each kind held until then. */
  const frames = new WeakMap();
  // Held messages go out in this order: a state first, then what to show of it.
  const KINDS = ['tradeoff:set', 'tradeoff:chart', 'tradeoff:highlight'];

  function frameState(iframe) {
    let state = frames.get(iframe);
    if (!state) {
      state = { ready: false, pending: {} };
      frames.set(iframe, state);
    }
    return state;
  }

  /** Our iframe whose window sent a message, looked up now so that iframes added later count too. */
  function iframeOf(source) {
    if (!source) return null;
    for (const iframe of document.querySelectorAll(IFRAMES)) {
      if (iframe.contentWindow === source) return iframe;
    }
    return null;
  }

  /** The origin the iframe's src names, or null (about:blank, data:, unparsable). */
  function originOf(iframe) {
    try {
      const origin = new URL(iframe.src, document.baseURI).origin;
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  }

  /** Posts only to the origin of the src, so a frame navigated elsewhere gets nothing. */
  function post(iframe, message) {
    const origin = originOf(iframe);
    const target = iframe.contentWindow;
    if (origin && target) target.postMessage(message, origin);
  }

  /** The calculator can take messages: sends what was held for it, once. */
  function ready(iframe) {
    const state = frameState(iframe);
    const pending = state.pending;
    state.ready = true;
    state.pending = {};
    for (const kind of KINDS) if (pending[kind]) post(iframe, pending[kind]);
  }

  /**
   * Asks a calculator to say ready and post its height again, for when this
   * script loaded after it did. Sent to any origin: it carries nothing, and a
   * frame still loading (about:blank) must not make the browser log a mismatch.
   */
  function hello(iframe) {
    if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: 'tradeoff:hello' }, '*');
  }

  /** Sends to an iframe now, or keeps it (the latest of its kind) until the iframe is ready. */
  function sendToFrame(iframe, message) {
    const state = frameState(iframe);
    if (state.ready) post(iframe, message);
    else {
      state.pending[message.type] = message;
      hello(iframe);
    }
  }

  function send(target, messages) {
    for (const message of messages) {
      if (target.matches(IFRAMES)) sendToFrame(target, message);
      else target.dispatchEvent(new CustomEvent('tradeoff:message', { detail: message }));
    }
  }

  // --- Messages from the calculators ----------------------------------------------

  const isPlainObject = (value) =>
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

  function resize(iframe, height) {
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    const css = Math.ceil(height) + 'px';
    if (iframe.style.height !== css) iframe.style.height = css;
  }

  /** A copy the host's listeners may keep or change without touching anyone else's. */
  function copy(data) {
    try {
      return typeof structuredClone === 'function' ? structuredClone(data) : JSON.parse(JSON.stringify(data));
    } catch {
      return undefined;
    }
  }

  function onMessage(event) {
    const data = event.data;
    if (!isPlainObject(data) || typeof data.type !== 'string') return;
    // Trust only the window of one of our iframes, never an origin alone.
    const iframe = iframeOf(event.source);
    if (!iframe) return;
    if (data.type === 'tradeoff:height') {
      resize(iframe, data.height);
      return;
    }
    // What feeds the host's scripts and our outgoing queue must also come from the origin we post to.
    if (event.origin !== originOf(iframe)) return;
    if (data.type === 'tradeoff:ready') {
      ready(iframe);
    } else if (data.type === 'tradeoff:change') {
      // A change comes only after a result: proof of readiness too, should this script have loaded after the ready.
      ready(iframe);
      const detail = copy(data);
      if (detail !== undefined) iframe.dispatchEvent(new CustomEvent('tradeoff:change', { detail, bubbles: true }));
    }
  }

  window.addEventListener('message', onMessage);
  // Calculators that loaded before this script have already said ready and posted their height.
  for (const iframe of document.querySelectorAll(IFRAMES)) hello(iframe);

  // --- Story markup ---------------------------------------------------------------

  /** The calculator an element speaks to: the one its data-tradeoff-target names, else the page's first. */
  function targetOf(element) {
    const id = element.getAttribute('data-tradeoff-target');
    const target = id ? document.getElementById(id) : document.querySelector(CALCULATORS);
    return target && target.matches(CALCULATORS) ? target : null;
  }

  /** An attribute's value, or null when absent or too long to be one of ours. */
  const attribute = (element, name) => {
    const value = element.getAttribute(name);
    return value !== null && value.length <= MAX_ATTRIBUTE ? value : null;
  };

  /** The messages an element asks for: its state (from `name`), then its chart and highlight. */
  function messagesOf(element, name) {
    const query = attribute(element, name); // '' is a state too: the defaults
    if (query === null) return null;
    const messages = [{ type: 'tradeoff:set', query: query.replace(/^\?/, '') }];
    const chart = attribute(element, 'data-tradeoff-chart');
    if (chart) messages.push({ type: 'tradeoff:chart', chart });
    const figure = attribute(element, 'data-tradeoff-highlight');
    if (figure) messages.push({ type: 'tradeoff:highlight', figure });
    return messages;
  }

  function onClick(event) {
    const element = event.target instanceof Element ? event.target.closest('[data-tradeoff-set]') : null;
    if (!element) return;
    const isLink = element.matches('a[href]');
    // A modified click on a link (new tab, download) stays the browser's.
    if (isLink && (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) return;
    const messages = messagesOf(element, 'data-tradeoff-set');
    const target = targetOf(element);
    if (!messages || !target) return; // the link, if any, still works as a plain link
    if (isLink) event.preventDefault();
    send(target, messages);
  }

  document.addEventListener('click', onClick);

  /** Marks the step that reached the middle of the viewport and sends its whole state. */
  function activate(step) {
    const messages = messagesOf(step, 'data-tradeoff-step');
    const target = targetOf(step);
    if (!messages || !target) return;
    for (const other of document.querySelectorAll(STEPS + '[data-tradeoff-active]')) {
      if (other !== step && targetOf(other) === target) other.removeAttribute('data-tradeoff-active');
    }
    step.setAttribute('data-tradeoff-active', '');
    send(target, messages);
  }

  if (typeof IntersectionObserver !== 'function') return;

  // A zero-height band across the middle: a step intersects it exactly while it crosses the middle.
  const steps = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) activate(entry.target);
    },
    { rootMargin: '-50% 0px -50% 0px', threshold: 0 },
  );

  /** Calls `fn` on `node` and its descendants that are steps. */
  function eachStep(node, fn) {
    if (!(node instanceof Element)) return;
    if (node.matches(STEPS)) fn(node);
    for (const step of node.querySelectorAll(STEPS)) fn(step);
  }

  eachStep(document.documentElement, (step) => steps.observe(step));

  // Steps added later (pages that render their story after load) are observed too.
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) eachStep(node, (step) => steps.observe(step));
      for (const node of record.removedNodes) eachStep(node, (step) => steps.unobserve(step));
    }
  }).observe(document, { childList: true, subtree: true });
})();
