// When a calculator redraws: at most once per animation frame. The first
// change of a frame is drawn at once (so the next paint shows it); later
// ones in that frame wait for the next. Browsers pause frames in hidden
// pages and slow them in iframes out of view: a timer then draws, so a host
// page still hears of each change.

const FALLBACK_MS = 50;

/** frameScheduler(draw) → { request(), drawn(), cancel() }; draw() must call drawn() when it has drawn. */
export function frameScheduler(draw) {
  let frame = 0;
  let timer = 0;
  let drawnThisFrame = false;
  const run = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    draw();
  };
  return {
    request() {
      if (frame) return;
      if (!drawnThisFrame) run();
      else {
        frame = requestAnimationFrame(run);
        timer = setTimeout(run, FALLBACK_MS);
      }
    },
    /** Called by draw(): later requests in this frame wait for the next one. */
    drawn() {
      if (drawnThisFrame) return;
      drawnThisFrame = true;
      requestAnimationFrame(() => (drawnThisFrame = false));
    },
    cancel() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = 1; // no request is taken after this
    },
  };
}
