// The message box (role="alert") every view has: what was refused or
// ignored, and that the figures shown are those of the last good state.

import { el, setHidden } from '../dom.mjs';

export function messagesView(box) {
  return {
    show(lines) {
      box.replaceChildren(...lines.map((line) => el('p', { text: line })));
      setHidden(box, lines.length === 0);
    },
    clear() {
      if (!box.hidden) {
        box.replaceChildren();
        setHidden(box, true);
      }
    },
  };
}
