/**
 * Starting and stopping the servers under test as child processes, so that the load generator
 * and each server have their own event loop and heap, as they would in production.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export interface RunningServer {
  name: string;
  origin: string;
  child: ChildProcess;
}

/** A port nobody listens on right now, from the OS (bind to 0, read it, release it). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (typeof address !== 'object' || !address) throw new Error('could not get a free port from the OS');
  return address.port;
}

/**
 * Runs `node --import tsx <script>` with PORT set and waits until `probePath` answers 200.
 * node itself (not npx) is the child, so that killing the child kills the server.
 */
export async function startServer(options: {
  name: string;
  script: string;
  cwd: string;
  probePath: string;
  timeoutMs?: number;
  /** Called as soon as the process exists, so a caller can kill it even if start-up never ends. */
  onSpawn?: (child: ChildProcess) => void;
  /** More environment for the server, e.g. MALTAL_DB. */
  env?: Record<string, string>;
  /** Pin the server to this CPU (taskset), so that a load generator on another cannot take its time. */
  cpu?: number;
}): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const node = [process.execPath, '--import', 'tsx', options.script];
  // taskset execs node in its own process, so the child is still the server itself.
  const [command, ...args] = options.cpu === undefined ? node : ['taskset', '-c', String(options.cpu), ...node];
  const child = spawn(command!, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server: RunningServer = { name: options.name, origin, child };

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${options.name} exited (${child.exitCode ?? child.signalCode}) before answering:\n${output}`);
    }
    try {
      const res = await fetch(origin + options.probePath, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return server;
    } catch {
      // Not listening yet; try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${options.name} did not answer ${options.probePath} within ${options.timeoutMs ?? 30_000} ms:\n${output}`);
}

/** Stops a server: SIGTERM, then SIGKILL if it is still there after a second. */
export async function stopServer(server: RunningServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 1000);
  await exited;
  clearTimeout(timer);
}

/** Kills the given children when this process ends, by signal or otherwise, so no server keeps its port. */
export function killChildrenOnExit(): (child: ChildProcess) => void {
  const children = new Set<ChildProcess>();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      for (const child of children) child.kill('SIGKILL');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  process.on('exit', () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return (child) => children.add(child);
}

/**
 * Pins this process (every thread) to `cpus` (taskset's list, e.g. `1` or `0-1`), so that a load
 * generator running here and a server pinned elsewhere do not share a core; children started
 * later inherit it. Returns what was done, for the report.
 */
export function pinThisProcess(cpus: string): string {
  const pinned = spawnSync('taskset', ['-a', '-p', '-c', cpus, String(process.pid)], { encoding: 'utf8' });
  return pinned.status === 0
    ? `load generator pinned to CPU ${cpus}`
    : `load generator not pinned (taskset: ${pinned.error?.message ?? pinned.stderr.trim()})`;
}
