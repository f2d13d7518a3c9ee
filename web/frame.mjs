// What the page does inside an iframe: it tells the host page how tall it
// is (in our format and in the two that newsroom CMSs already listen for:
// Pym.js and Datawrapper), reports each change, and takes the story API's
// messages from its parent window only. The formats are in docs/widget.md.

/**
 * The address the host page framed, read before the page rewrites its own.
 * Datawrapper's stock listener finds the iframe whose src contains the key
 * of its message; others match the sending window, for which any key works.
 */
const FRAMED_ADDRESS = location.href;

/** The content height in CSS pixels: the root element's box, not the iframe's viewport. */
const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/**
 * Connects a mounted calculator to the window that frames it. `childId` is
 * the id Pym.js puts in the iframe's address (its parent only accepts
 * messages that carry it). Returns a function that disconnects.
 */
export function connectFrame(calculator, { childId = null } = {}) {
  const parent = window.parent;
  if (parent === window) return () => {};
  // Heights and changes are no secret (the host already shows the page): any origin may read them.
  const post = (message) => parent.postMessage(message, '*');

  let sent = 0;
  function sendHeight() {
    const height = contentHeight();
    if (height === sent || height <= 0) return;
    sent = height;
    post({ type: 'tradeoff:height', height });
    // The key goes into a CSS selector there: never one with a quote.
    if (!FRAMED_ADDRESS.includes("'")) post({ 'datawrapper-height': { [FRAMED_ADDRESS]: height } });
    if (childId) post(['pym', childId, 'height', String(height)].join('xPYMx'));
  }
  // One message per change of height, whatever caused it: a country switch,
  // "More settings" opened, a rotated phone, fonts loaded.
  const observer = new ResizeObserver(sendHeight);
  observer.observe(document.documentElement);

  // A change redrawn while the iframe is out of view (a story step) gets no
  // resize notification until it scrolls into view: measure it at once.
  const offChange = calculator.on('change', (change) => {
    post({ type: 'tradeoff:change', ...change });
    sendHeight();
  });
  const onMessage = (event) => {
    if (event.source !== parent) return;
    // embed.js loaded after our first messages: say them again.
    if (event.data?.type === 'tradeoff:hello') {
      post({ type: 'tradeoff:ready', version: 1 });
      sent = 0;
      sendHeight();
      return;
    }
    calculator.message(event.data);
  };
  window.addEventListener('message', onMessage);
  post({ type: 'tradeoff:ready', version: 1 });
  sendHeight();
  return () => {
    observer.disconnect();
    offChange();
    window.removeEventListener('message', onMessage);
  };
}
