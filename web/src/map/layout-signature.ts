import type { LayoutInput } from './layout';

/** A short stable key for a layout input, so equal graphs reuse a cached layout. */
export function layoutSignature(input: LayoutInput): string {
  const nodes = input.nodes.map((node) => `${node.id}:${node.width}x${node.height}@${node.column ?? ''}`).sort();
  const edges = input.edges.map((edge) => `${edge.source}>${edge.target}`).sort();
  const text = `${input.mode ?? 'layered'}:${input.aspect?.toFixed(1) ?? ''}#${nodes.join('|')}#${edges.join('|')}`;
  // FNV-1a, 32 bit, twice with different seeds for a 64-bit key.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}-${input.nodes.length}-${input.edges.length}`;
}
