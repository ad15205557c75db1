/**
 * Runs `callback` once the next frame has been painted (a frame callback, then a task after that
 * frame's rendering), so what the user asked for shows first and slower follow-up work (framing
 * the map) comes a frame later. Returns a cancel function, for an effect's clean-up.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
