/**
 * The events every widget fires. All bubble and are composed, so a page can listen on `document`.
 */
import type { ObservationsResponse } from './types.ts';

/** Detail of `maltal-load`: the answer the widget drew. */
export interface MaltalLoadDetail {
  response: ObservationsResponse;
  /** How many rows were drawn (0 when the empty state is shown). */
  rows: number;
}

/** Detail of `maltal-error`: what went wrong, as shown to the reader and as the developer needs it. */
export interface MaltalErrorDetail {
  /** The sentence the reader sees, in the widget's language. */
  message: string;
  /** HTTP status of the failed API call; 0 when the network failed or nothing was asked. */
  status: number;
  /** `unavailable` (the network or the server: retry may help), `unknown-indicator`, `unknown-geography`, `unknown-plan`, `setup` or `not-drawable`. */
  kind: string;
  /** What the API or the browser said, with the URL: for the developer, not the reader. */
  detail: string;
}

/** Detail of `maltal-point-focus`: the data point the keyboard or pointer is on. */
export interface MaltalPointDetail {
  geo: string;
  period: string;
  value: number | null;
  status: string;
}

export type MaltalLoadEvent = CustomEvent<MaltalLoadDetail>;
export type MaltalErrorEvent = CustomEvent<MaltalErrorDetail>;
export type MaltalPointEvent = CustomEvent<MaltalPointDetail>;

declare global {
  interface HTMLElementEventMap {
    'maltal-load': MaltalLoadEvent;
    'maltal-error': MaltalErrorEvent;
    'maltal-point-focus': MaltalPointEvent;
  }
}

/** Dispatches a bubbling, composed `maltal-*` event from `target`. */
export function fire<K extends 'maltal-load' | 'maltal-error' | 'maltal-point-focus'>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/**
 * Whether a focusout or pointerleave on a chart means the reader has left it, so its tooltip
 * should close: focus moved outside the element, or the pointer left while nothing inside has focus.
 */
export function leftChart(root: DocumentFragment | HTMLElement, event: Event): boolean {
  const next = (event as FocusEvent).relatedTarget as Node | null;
  if (next && root.contains(next)) return false;
  return !(event.type === 'pointerleave' && root.querySelector(':focus'));
}
