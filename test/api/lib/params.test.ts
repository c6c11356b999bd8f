// Rule: whole-number parameters take decimal digits only, and the document still calls them integers.
import { describe, expect, it } from 'vitest';
import { json, testApp } from '../../helpers/app.ts';

const app = testApp();

describe('whole-number query parameters', () => {
  it.each(['0x10', '1e3', '1.0', '+5', '-5', ' 7', '7 ', '', 'Infinity', '0b11'])(
    'refuses limit=%j with a problem body that says digits are expected',
    async (value) => {
      const res = await app.request(`/v1/indicators?limit=${encodeURIComponent(value)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = await json(res);
      expect(body.errors).toEqual([
        { in: 'query', name: 'limit', message: 'expected a whole number from 1 to 500, written in digits only' },
      ]);
    },
  );

  it.each(['0x10', '1e1', '8.0', '+8'])('refuses goal=%j the same way', async (value) => {
    const res = await app.request(`/v1/indicators?goal=${encodeURIComponent(value)}`);
    expect(res.status).toBe(400);
    expect((await json(res)).detail).toBe('invalid query parameter: goal: expected a goal number from 1 to 17, written in digits only');
  });

  it('takes plain digits, with the bounds still said in words', async () => {
    const page = await json(await app.request('/v1/indicators?limit=3'));
    expect(page.meta.limit).toBe(3);
    expect((await json(await app.request('/v1/indicators?limit=007'))).meta.limit).toBe(7);
    expect((await json(await app.request('/v1/indicators'))).meta.limit).toBe(100);
    expect((await json(await app.request('/v1/indicators?limit=0'))).errors[0].message).toBe('expected a whole number from 1 to 500');
    expect((await json(await app.request('/v1/indicators?limit=501'))).errors[0].message).toBe(
      'at most 500 rows a page; follow links.next for more',
    );
    expect((await json(await app.request(`/v1/indicators?limit=${'9'.repeat(400)}`))).errors[0].message).toBe(
      'at most 500 rows a page; follow links.next for more',
    );
    expect((await app.request('/v1/indicators?goal=8')).status).toBe(200);
  });

  it('are integers with their bounds and default in the OpenAPI document', async () => {
    const doc = await json(await app.request('/openapi.json'));
    const params = doc.paths['/v1/indicators'].get.parameters;
    const schemaOf = (name: string) => params.find((p: any) => p.name === name).schema;
    expect(schemaOf('limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 100 });
    expect(schemaOf('goal')).toMatchObject({ type: 'integer', minimum: 1, maximum: 17 });
  });
});
