/**
 * A small per-isolate cache in front of the Cache API: the hottest answers (a municipal page's
 * charts) are served from memory without a lookup. Keys are the same versioned keys as the Cache
 * API's, so a new data version never meets an old answer. Bounded by total bytes, least recently
 * used out first; an isolate has 128 MB in all.
 */
import { touch } from './lib/lru.ts';

export interface CachedAnswer {
  body: ArrayBuffer;
  status: number;
  headers: [string, string][];
}

export class MemoryCache {
  private entries = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedAnswer | undefined {
    return touch(this.entries, key);
  }

  set(key: string, entry: CachedAnswer): void {
    if (entry.body.byteLength > this.maxBytes / 4) return; // one answer must not flush the rest
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.byteLength;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.byteLength;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}
