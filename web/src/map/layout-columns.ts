import type { LayoutInput, LayoutNode, Positions } from './layout-types';

const COLUMN_GAP = 70;
const SUB_COLUMN_GAP = 16;
const ROW_GAP = 8;
const MARGIN = 20;

/**
 * Columns left to right (sources, categories, systems, recipients), each wrapped into sub-columns no taller than a
 * height chosen so the whole fits the canvas's aspect at the largest zoom. Boxes keep their column's order (A–Z, as
 * given), so opening a group moves only the boxes after it in its column and the columns to its right.
 */
export function computeColumnsLayout(input: LayoutInput): Positions {
  const aspect = input.aspect && input.aspect > 0 ? input.aspect : 1.6;
  const columns = new Map<number, LayoutNode[]>();
  for (const node of input.nodes) {
    const column = node.column ?? 0;
    columns.set(column, [...(columns.get(column) ?? []), node]);
  }
  const ordered = [...columns.entries()].sort(([a], [b]) => a - b).map(([, nodes]) => nodes);
  const tallest = Math.max(0, ...input.nodes.map((node) => node.height));
  const total = input.nodes.reduce((sum, node) => sum + node.height + ROW_GAP, 0);

  const pack = (limit: number) => {
    const positions: Positions = {};
    let x = MARGIN;
    let height = 0;
    for (const nodes of ordered) {
      let columnX = x;
      let y = MARGIN;
      let width = 0;
      for (const node of nodes) {
        if (y > MARGIN && y + node.height > MARGIN + limit) {
          columnX += width + SUB_COLUMN_GAP;
          y = MARGIN;
          width = 0;
        }
        positions[node.id] = { x: columnX, y };
        y += node.height + ROW_GAP;
        width = Math.max(width, node.width);
        height = Math.max(height, y - ROW_GAP - MARGIN);
      }
      x = columnX + width + COLUMN_GAP;
    }
    return { positions, width: x - COLUMN_GAP - MARGIN, height };
  };

  // Try heights from the tallest box to everything in one column; keep the one that allows the largest zoom.
  let best = pack(Math.max(tallest, total));
  let bestScale = 0;
  const steps = 40;
  for (let step = 0; step <= steps; step += 1) {
    const limit = tallest + ((Math.max(tallest, total) - tallest) * step) / steps;
    const packed = pack(limit);
    const scale = Math.min(aspect / Math.max(1, packed.width), 1 / Math.max(1, packed.height));
    if (scale > bestScale) {
      best = packed;
      bestScale = scale;
    }
  }
  return best.positions;
}
