/**
 * The security headers of every answer. Each page the app writes states what it loads in its own
 * Content-Security-Policy, with no inline script or style and no eval; everything else (JSON, CSV, scripts, errors) gets the policy that
 * allows nothing. Only /embed/* may be framed, and only because framing is what it is for.
 */

/** What a page loads besides its HTML, all from our own origin. */
export interface PagePolicy {
  /** Scripts from our origin (never inline, never eval). */
  scripts?: boolean;
  /** Requests to our API from the page's scripts. */
  connect?: boolean;
  /** Framing from any site (/embed/* only). */
  framedAnywhere?: boolean;
}

export function pageCsp({ scripts = false, connect = false, framedAnywhere = false }: PagePolicy): string {
  return [
    "default-src 'none'",
    ...(scripts ? ["script-src 'self'"] : []),
    ...(connect ? ["connect-src 'self'"] : []),
    "style-src 'self'", // no inline style on any page: the widgets and Swagger UI style through CSSOM
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    framedAnywhere ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}

/** For answers that are not pages: nothing may load, nothing may frame them. */
export const NOTHING_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** What the header functions need of a set of headers: a Headers, or a Map of lower-case names. */
export interface HeaderBag {
  has(name: string): boolean;
  set(name: string, value: string): void;
}

/** Sets the headers every answer carries; a page's own Content-Security-Policy is kept. */
export function setSecurityHeaders(headers: HeaderBag, path: string): void {
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', REFERRER_POLICY);
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', NOTHING_CSP);
  if (!path.startsWith('/embed/')) headers.set('x-frame-options', 'DENY'); // for browsers without frame-ancestors
}
