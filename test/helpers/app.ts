import { createNodeApp, openNodeDb } from '../../api/node.ts';
import { TEST_DB_PATH } from './paths.ts';

/** The Node app over the test database; requests go through `app.request()`. */
export function testApp() {
  return createNodeApp(openNodeDb(TEST_DB_PATH));
}

export async function getJson<T = any>(app: ReturnType<typeof testApp>, path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as T };
}

/** A response body as JSON, typed loosely: tests assert its shape. */
export async function json(res: Response): Promise<any> {
  return res.json();
}
