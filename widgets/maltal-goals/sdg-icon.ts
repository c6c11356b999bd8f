/** The Agenda 2030 goal squares of maltal-goals: a readable number on the official colour. */
import { luminance } from '../lib/theme.ts';

/** #RRGGBB → [r, g, b, 1]; undefined for anything else. */
export function hexColor(hex: string): [number, number, number, number] | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [Number.parseInt(m[1]!, 16), Number.parseInt(m[2]!, 16), Number.parseInt(m[3]!, 16), 1] : undefined;
}

/**
 * The text colour for a number on a goal's colour: white or near-black, whichever contrasts more
 * (one of them always reaches 4.5:1). The official icons use white, which some colours fail.
 */
export function textOn(hex: string): '#ffffff' | '#111111' {
  const rgb = hexColor(hex);
  if (!rgb) return '#ffffff';
  const l = luminance(rgb);
  const dark = luminance([17, 17, 17, 1]);
  return 1.05 / (l + 0.05) >= (l + 0.05) / (dark + 0.05) ? '#ffffff' : '#111111';
}
