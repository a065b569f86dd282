/**
 * The per-process cache of module summaries: keyed by path, valid while the file's mtime and size are unchanged (an
 * editor that saves an imported wrapper gets a fresh summary on the next lint of the importer), bounded (least
 * recently used entries go first).
 */
export const MAX_CACHED_MODULES = 2000;

interface Entry<Value> {
  mtimeMs: number;
  size: number;
  value: Value;
}

export class SummaryCache<Value> {
  private readonly entries = new Map<string, Entry<Value>>();

  constructor(private readonly limit = MAX_CACHED_MODULES) {}

  get(file: string, mtimeMs: number, size: number): Value | undefined {
    const entry = this.entries.get(file);
    if (!entry) return undefined;
    this.entries.delete(file);
    if (entry.mtimeMs !== mtimeMs || entry.size !== size) return undefined;
    this.entries.set(file, entry);
    return entry.value;
  }

  set(file: string, mtimeMs: number, size: number, value: Value): void {
    this.entries.delete(file);
    this.entries.set(file, { mtimeMs, size, value });
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
