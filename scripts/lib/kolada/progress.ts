/**
 * Progress for long imports: a bar redrawn in place on a terminal, plain lines otherwise (CI logs,
 * pipes), both on stderr so that stdout stays for the summary.
 */

export interface Progress {
  /** One more step done; `label` says which. */
  tick(label: string): void;
  /** A message that must not be overdrawn (a retry). */
  note(message: string): void;
  done(): void;
}

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function createProgress(total: number, title: string, stream: Stream = process.stderr): Progress {
  let count = 0;
  const tty = stream.isTTY === true;
  const draw = (label: string) => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((count / total) * width);
    const line = `${title} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${label}`;
    stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1).padEnd(Math.min(line.length, (stream.columns ?? 100) - 1))}\x1b[K`);
  };
  return {
    tick(label) {
      count++;
      if (tty) draw(label);
      else stream.write(`${title}: ${count}/${total} ${label}\n`);
    },
    note(message) {
      stream.write(tty ? `\r\x1b[K${message}\n` : `${message}\n`);
      if (tty) draw('');
    },
    done() {
      if (tty) stream.write('\n');
    },
  };
}
