import { power } from './text-hash.js';

/**
 * Where the grams (stretches of `gramLength` characters) of a text start, at every `stride`-th
 * position, grouped by hash. Any stretch of at least `gramLength + stride - 1` characters covers
 * one indexed gram whole, so a quote's possible places are found from `stride` consecutive grams
 * of it; indexing every eighth position makes the index eight times cheaper to build. Buckets
 * are one counting sort into flat typed arrays, so positions in a bucket are ascending.
 */
export class GramIndex {
  readonly gramPower: number;
  /** `sampledHashes[p / stride]` is the hash of the gram at `p`. */
  private readonly sampledHashes: Int32Array;
  private readonly bucketStarts: Int32Array;
  readonly positions: Int32Array;
  private readonly shift: number;

  constructor(text: string, readonly base: number, readonly gramLength: number, readonly stride: number) {
    const grams = text.length < gramLength ? 0 : Math.floor((text.length - gramLength) / stride) + 1;
    this.gramPower = power(base, gramLength);
    const sampledHashes = new Int32Array(grams);
    if (gramLength % stride === 0) {
      // A gram is whole chunks of `stride` characters: hash each chunk once, then combine.
      const chunksPerGram = gramLength / stride;
      const chunkPower = power(base, stride);
      const chunks = new Int32Array(grams + chunksPerGram - 1);
      for (let c = 0; c < chunks.length; c++) {
        let hash = 0;
        for (let i = c * stride, end = i + stride; i < end; i++) hash = (Math.imul(hash, base) + text.charCodeAt(i)) | 0;
        chunks[c] = hash;
      }
      for (let g = 0; g < grams; g++) {
        let hash = 0;
        for (let c = g; c < g + chunksPerGram; c++) hash = (Math.imul(hash, chunkPower) + chunks[c]) | 0;
        sampledHashes[g] = hash;
      }
    } else {
      for (let g = 0; g < grams; g++) {
        let hash = 0;
        for (let i = g * stride, end = i + gramLength; i < end; i++) hash = (Math.imul(hash, base) + text.charCodeAt(i)) | 0;
        sampledHashes[g] = hash;
      }
    }
    let bits = 10;
    while (1 << bits < grams && bits < 27) bits++;
    const buckets = 1 << bits;
    const shift = 32 - bits;
    this.shift = shift;
    const starts = new Int32Array(buckets + 1);
    for (let g = 0; g < grams; g++) starts[bucketOf(sampledHashes[g], shift) + 1]++;
    for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
    const fill = starts.slice(0, buckets);
    const positions = new Int32Array(grams);
    for (let g = 0; g < grams; g++) positions[fill[bucketOf(sampledHashes[g], shift)]++] = g * stride;
    this.sampledHashes = sampledHashes;
    this.bucketStarts = starts;
    this.positions = positions;
  }

  /** How many indexed positions share the bucket of `gramHash` (at least the gram's count). */
  count(gramHash: number): number {
    const bucket = bucketOf(gramHash, this.shift);
    return this.bucketStarts[bucket + 1] - this.bucketStarts[bucket];
  }

  /**
   * The indexed positions in the bucket of `gramHash`, ascending, are `positions[from, to)`;
   * check each with `hashAt` (other grams share buckets).
   */
  bucket(gramHash: number): { positions: Int32Array; from: number; to: number } {
    const bucket = bucketOf(gramHash, this.shift);
    return { positions: this.positions, from: this.bucketStarts[bucket], to: this.bucketStarts[bucket + 1] };
  }

  /** The hash of the gram at indexed position `position`. */
  hashAt(position: number): number {
    return this.sampledHashes[position / this.stride];
  }
}

/** A polynomial hash's low bits mix poorly: Fibonacci hashing takes the product's high bits. */
function bucketOf(gramHash: number, shift: number): number {
  return Math.imul(gramHash, 0x9e3779b1) >>> shift;
}
