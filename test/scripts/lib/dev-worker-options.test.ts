// Rule: `npm run dev:worker` listens where it is told: --port and --ip over PORT and HOST over the defaults.
import { describe, expect, it } from 'vitest';
import { parseDevWorkerArgs } from '../../../scripts/lib/dev-worker-options.ts';
import { readNodeEnv } from '../../../api/node-env.ts';

const defaults = { port: 8787, host: '127.0.0.1' };

describe('parseDevWorkerArgs', () => {
  it('takes the port and host from the environment when no option is given', () => {
    expect(parseDevWorkerArgs([], readNodeEnv({ PORT: '8792', HOST: '0.0.0.0' }))).toMatchObject({
      port: 8792,
      host: '0.0.0.0',
      wranglerArgs: [],
    });
    expect(parseDevWorkerArgs([], readNodeEnv({}))).toMatchObject({ port: 8787, host: '127.0.0.1' });
  });

  it.each([[['--port', '8792']], [['--port=8792']], [['-p', '8792']]])('honours %j over PORT', (argv) => {
    expect(parseDevWorkerArgs(argv, { port: 9000, host: '127.0.0.1' }).port).toBe(8792);
  });

  it('honours --ip and --host, and passes every other argument to wrangler dev', () => {
    expect(parseDevWorkerArgs(['--ip', '0.0.0.0', '--live-reload', '--port', '8792'], defaults)).toEqual({
      port: 8792,
      host: '0.0.0.0',
      wranglerArgs: ['--live-reload'],
    });
    expect(parseDevWorkerArgs(['--host=::1'], defaults).host).toBe('::1');
  });

  it.each([
    [['--port', 'abc'], "--port must be a port number from 0 to 65535, got 'abc'"],
    [['--port', '70000'], "--port must be a port number from 0 to 65535, got '70000'"],
    [['--port'], '--port needs a value, e.g. --port 8792'],
    [['--port', '--ip'], '--port needs a value, e.g. --port 8792'],
  ])('refuses %j saying what is expected', (argv, message) => {
    expect(() => parseDevWorkerArgs(argv, defaults)).toThrow(message);
  });
});
