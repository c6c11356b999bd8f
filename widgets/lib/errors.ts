/**
 * What went wrong, in two registers: a short sentence for the reader in the widget's language, and
 * the developer's detail (the API's problem text, the URL) for the console and the `maltal-error`
 * event. Pure.
 */
import { ApiError } from './api-client.ts';

/** The kinds of failure a reader is told about, each with its own sentence. */
export type FailureKind = 'unavailable' | 'unknown-indicator' | 'unknown-geography' | 'unknown-plan' | 'setup' | 'not-drawable';

export interface Failure {
  kind: FailureKind;
  /** HTTP status of the failed call; 0 when the network failed or nothing was asked. */
  status: number;
  /** For the developer: what the API or the browser said, and where. */
  detail: string;
  /** The code or id the reader's sentence names, where there is one. */
  subject?: string;
  /** Whether trying again may help (the network or the server, not a wrong attribute). */
  retry: boolean;
  /** A sentence for the reader that replaces the kind's own (e.g. which attribute is missing). */
  message?: string;
}

/** A failure from anything a widget's loading can throw. */
export function classify(error: unknown, context: { indicator?: string; plan?: string }): Failure {
  if (error instanceof ApiError) {
    const detail = `${error.detail} (${error.status}, ${error.url || 'no URL'})`;
    const geography = /unknown geography code '([^']+)'/.exec(error.detail);
    if (geography) return { kind: 'unknown-geography', status: error.status, detail, subject: geography[1], retry: false };
    if (error.status === 404 && /unknown indicator/i.test(error.detail)) {
      return { kind: 'unknown-indicator', status: 404, detail, subject: context.indicator ?? '', retry: false };
    }
    if (error.status === 404 && /unknown plan/i.test(error.detail))
      return { kind: 'unknown-plan', status: 404, detail, subject: context.plan ?? '', retry: false };
    if (error.status === 400 || error.status === 404) return { kind: 'setup', status: error.status, detail, retry: false };
    return { kind: 'unavailable', status: error.status, detail, retry: true };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'unavailable', status: 0, detail: message, retry: true };
}
