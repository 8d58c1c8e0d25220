/**
 * Tags (subsector, maturity dimension, pillar) as bits, so that matching tens of thousands of
 * records against one question's tags is a few integer operations per record instead of array
 * searches. Codes get a bit the first time they are seen, 31 per family at most; a code beyond
 * that has bit 0, and callers then fall back to the record's array (`has` below).
 */
export class TagBits {
  private readonly bits = new Map<string | number, number>();

  bit(code: string | number): number {
    let b = this.bits.get(code);
    if (b === undefined) {
      b = this.bits.size < 31 ? 1 << this.bits.size : 0;
      this.bits.set(code, b);
    }
    return b;
  }

  mask(codes: ReadonlyArray<string | number>): number {
    let m = 0;
    for (const c of codes) m |= this.bit(c);
    return m;
  }
}

export const subsectorBits = new TagBits();
export const dimensionBits = new TagBits();
export const pillarBits = new TagBits();

/** Whether a record's tags (as `mask` of `codes`) hold `code`; exact also past 31 codes. */
export function has(family: TagBits, mask: number, codes: ReadonlyArray<string | number>, code: string | number): boolean {
  const b = family.bit(code);
  return b !== 0 ? (mask & b) !== 0 : codes.includes(code);
}
