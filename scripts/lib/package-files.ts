/**
 * Checks on a package file as bytes, before and around parsing it as CSV: its size and whether it
 * is a regular file, its encoding, byte-order mark and line endings, and the lines records start
 * on. Package files are UTF-8 without BOM with LF line endings, as package-writer.ts writes them.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './validate-package.ts';

/**
 * Package files larger than this are refused before a byte is read, so that the validator and
 * the build hold at most this much of one file, and its rows, in memory. The largest real file
 * (climate observations) is under 9 MB and validates in about 270 MB; a file at the limit made of
 * the shortest rows (some 900 000 observations) took 1.1 GB.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The first line (1-based) holding bytes that are not UTF-8, or undefined for a valid file. */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    strict.decode(bytes);
    return undefined;
  } catch {
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      let end = bytes.indexOf(0x0a, start);
      if (end === -1) end = bytes.length;
      try {
        strict.decode(bytes.subarray(start, end));
      } catch {
        return line;
      }
      start = end + 1;
    }
    return 1;
  }
}

/** A size as a person reads it, with the exact bytes: "1.0 GiB (1073741824 bytes)". */
export function formatSize(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit < 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}

/**
 * Refuses, before anything is read, every file of the package that is too large to hold in
 * memory, and every symbolic link: a link can point outside the package, and the build stores
 * every file of a package for download.
 */
export function refusedFiles(dir: string): Problem[] {
  const refused: Problem[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(dir, name);
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) {
      refused.push({ file, message: 'is a symbolic link; a package holds its own files: copy the file into the package folder instead' });
    } else if (stat.isFile() && stat.size > MAX_FILE_BYTES) {
      refused.push({
        file,
        message: `is ${formatSize(stat.size)}; a package file may be at most ${formatSize(MAX_FILE_BYTES)}: split the data over several packages`,
      });
    }
  }
  return refused;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
export const BOM_MESSAGE = 'starts with a UTF-8 byte-order mark (BOM); save the file as UTF-8 without BOM, as package files are written';

/**
 * Where the file has a carriage return outside a quoted cell: the line of the first, whether it
 * ends the line as CRLF, and on how many lines there is one. Undefined for LF-only files.
 */
function carriageReturns(bytes: Uint8Array): { line: number; crlf: boolean; lines: number } | undefined {
  if (bytes.indexOf(0x0d) === -1) return undefined;
  let first: { line: number; crlf: boolean } | undefined;
  let lines = 0;
  let line = 1;
  let quoted = false;
  let lastCrLine = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    // A doubled quote inside a quoted cell toggles twice and leaves the state as it was.
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x0a) line++;
    else if (b === 0x0d && !quoted) {
      first ??= { line, crlf: bytes[i + 1] === 0x0a };
      if (lastCrLine !== line) lines++;
      lastCrLine = line;
    }
  }
  return first && { ...first, lines };
}

/** The problems of a file's bytes that are not about its cells: byte-order mark and line endings. */
export function checkBytes(file: string, bytes: Uint8Array): Problem[] {
  const problems: Problem[] = [];
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) {
    problems.push({ file, line: 1, message: BOM_MESSAGE });
  }
  const cr = carriageReturns(bytes);
  if (!cr) return problems;
  const more = cr.lines > 1 ? `, as do ${cr.lines - 1} more line(s)` : '';
  problems.push({
    file,
    line: cr.line,
    message: cr.crlf
      ? `ends with CRLF (Windows line endings)${more}; packages use LF line endings: save the file with LF (Unix) line endings`
      : `holds a carriage return (CR) outside a quoted cell${more}; packages use LF line endings: save the file with LF (Unix) line endings`,
  });
  return problems;
}

/**
 * The line each record starts on (1-based, counting LF as editors do), given the byte offset where
 * each record ends, asked in order as the parser reaches them; empty lines before a record are
 * skipped, as the parser skips them. csv-parse's own line count gives the line a record ends on and
 * also counts a CR inside quotes as a line.
 */
export function recordLineCounter(bytes: Uint8Array): (end: number) => number {
  let line = 1;
  let pos = 0;
  return (end) => {
    for (; pos < end && (bytes[pos] === 0x0a || bytes[pos] === 0x0d); pos++) if (bytes[pos] === 0x0a) line++;
    const start = line;
    for (; pos < end; pos++) if (bytes[pos] === 0x0a) line++;
    return start;
  };
}

/** The start lines of all records at once (recordLineCounter), from the offsets where they end. */
export function recordStartLines(bytes: Uint8Array, ends: number[]): number[] {
  const startLine = recordLineCounter(bytes);
  return ends.map(startLine);
}
