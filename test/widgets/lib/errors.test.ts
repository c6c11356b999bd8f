// Rule: every failure is told to the reader in one of a few plain sentences, the API's detail kept for the developer.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../widgets/lib/api-client.ts';
import { classify } from '../../../widgets/lib/errors.ts';

describe('classify', () => {
  it('names an unknown place, indicator or plan, and offers no retry for them', () => {
    expect(classify(new ApiError(400, "unknown geography code '0999'; see /v1/geographies", '/v1/observations'), {})).toMatchObject({
      kind: 'unknown-geography',
      subject: '0999',
      retry: false,
    });
    expect(classify(new ApiError(404, "unknown indicator 'N99999'", '/v1/observations'), { indicator: 'N99999' })).toMatchObject({
      kind: 'unknown-indicator',
      subject: 'N99999',
      retry: false,
    });
    expect(classify(new ApiError(404, "unknown plan 'x'", '/v1/plans/x/follow-up'), { plan: 'x' })).toMatchObject({
      kind: 'unknown-plan',
      subject: 'x',
    });
    expect(classify(new ApiError(400, 'from: expected a year', '/v1/observations'), {})).toMatchObject({ kind: 'setup', retry: false });
  });

  it('offers a retry when the network or the server failed, with what it said for the developer', () => {
    expect(classify(new TypeError('Failed to fetch'), {})).toEqual({
      kind: 'unavailable',
      status: 0,
      detail: 'TypeError: Failed to fetch',
      retry: true,
    });
    expect(classify(new ApiError(503, 'the database cannot be read', 'https://x/v1/observations'), {})).toMatchObject({
      kind: 'unavailable',
      status: 503,
      retry: true,
      detail: 'the database cannot be read (503, https://x/v1/observations)',
    });
  });
});
