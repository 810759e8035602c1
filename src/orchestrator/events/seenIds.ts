// The event ids a reader has met in one month file, so that a line appended twice (both sides of
// a union merge, an outbox appended again) counts once. Exact, and kept outside the JS heap: ids
// of the usual shape (`e_` + 26 characters) are stored as bytes in one growing buffer with an
// open-addressing table of offsets, ~40 bytes per event; a reader streaming a file of hundreds
// of thousands of events stays within a small heap. Other ids go in a plain Set.

const ID_BYTES = 28;

export class SeenIds {
  private table = new Int32Array(1 << 12).fill(-1);
  private ids = Buffer.alloc(ID_BYTES * (1 << 11));
  private count = 0;
  private readonly other = new Set<string>();

  /** Adds `id`; false when it was there already. */
  add(id: string): boolean {
    if (id.length !== ID_BYTES || Buffer.byteLength(id, 'latin1') !== ID_BYTES || !/^[\x21-\x7e]+$/.test(id)) {
      if (this.other.has(id)) return false;
      this.other.add(id);
      return true;
    }
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    const key = Buffer.from(id, 'latin1');
    const mask = this.table.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const at = this.table[slot]!;
      if (at < 0) {
        if ((this.count + 1) * ID_BYTES > this.ids.length) {
          const bigger = Buffer.alloc(this.ids.length * 2);
          this.ids.copy(bigger);
          this.ids = bigger;
        }
        key.copy(this.ids, this.count * ID_BYTES);
        this.table[slot] = this.count++;
        return true;
      }
      if (this.ids.compare(key, 0, ID_BYTES, at * ID_BYTES, (at + 1) * ID_BYTES) === 0) return false;
    }
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let i = 0; i < this.count; i++) {
      let slot = hash(this.ids.subarray(i * ID_BYTES, (i + 1) * ID_BYTES)) & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = i;
    }
    this.table = table;
  }
}

/** FNV-1a over the bytes. */
function hash(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}
