/**
 * The command line of `npm run dev:worker`: where `wrangler dev` listens. `--port` and `--ip` (as
 * wrangler names them; `--host` too) win over PORT and HOST, which win over the defaults; every
 * other argument goes to `wrangler dev` as it is.
 */

export interface DevWorkerOptions {
  port: number;
  host: string;
  /** Arguments for `wrangler dev` this script does not read itself. */
  wranglerArgs: string[];
}

export class UsageError extends Error {}

function parsePort(value: string | undefined, from: string): number {
  if (value === undefined || !/^[0-9]{1,5}$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`${from} must be a port number from 0 to 65535, got '${value ?? ''}'`);
  }
  return Number(value);
}

/** Reads `argv` (the arguments after the script) over the port and host the environment gives. */
export function parseDevWorkerArgs(argv: readonly string[], defaults: { port: number; host: string }): DevWorkerOptions {
  let { port, host } = defaults;
  const wranglerArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${name} needs a value, e.g. ${name} ${name === '--port' ? '8792' : '0.0.0.0'}`);
      i++;
      return next;
    };
    if (name === '--port' || name === '-p') port = parsePort(value(), name);
    else if (name === '--ip' || name === '--host') host = value();
    else wranglerArgs.push(arg);
  }
  return { port, host, wranglerArgs };
}
