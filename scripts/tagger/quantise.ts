// Trained float weights → the int16 table the model file stores: the largest weight maps to 32767, so
// nothing is clipped and the smallest weights that matter still round to a non-zero step.
/** The largest stored weight. */
const MAX_STEP = 32767;

export function quantise(w: Float64Array): { weights: Int16Array; scale: number } {
  let top = 0;
  for (const x of w) top = Math.max(top, Math.abs(x));
  const scale = (top || 1) / MAX_STEP;
  const weights = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = Math.round(w[i]! / scale);
  return { weights, scale };
}
