import { useEffect, useId, useRef } from 'react';

export interface ChecklistOption {
  value: string;
  label: string;
  /** Indentation for trees (0 = top level). */
  depth?: number;
}

export interface ChecklistProps {
  label: string;
  options: readonly ChecklistOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** What the button says when nothing is selected. */
  allLabel?: string;
}

/** A multi-select as a disclosure button with checkboxes: keyboard reachable, labelled, closes on Escape or outside click. */
export function Checklist({ label, options, selected, onChange, allLabel = 'All' }: ChecklistProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const listId = useId();
  const chosen = new Set(selected);
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length === 1
        ? (options.find((option) => option.value === selected[0])?.label ?? selected[0])
        : `${selected.length} selected`;

  useEffect(() => {
    const close = (event: MouseEvent | KeyboardEvent) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
        return;
      }
      if (event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const toggle = (value: string, checked: boolean) => {
    const next = options.map((option) => option.value).filter((option) => (option === value ? checked : chosen.has(option)));
    onChange(next);
  };

  return (
    <details className="checklist" ref={ref}>
      <summary aria-controls={listId}>
        <span className="checklist-label">{label}</span>
        <span className="checklist-value">{summary}</span>
      </summary>
      <fieldset className="checklist-popover" id={listId}>
        <legend className="visually-hidden">{label}</legend>
        {options.length === 0 ? <p className="muted">No choices.</p> : null}
        {options.map((option) => (
          <label key={option.value} className="checklist-option" style={{ paddingLeft: `${0.5 + (option.depth ?? 0) * 1}rem` }}>
            <input
              type="checkbox"
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
        {selected.length > 0 ? (
          <button type="button" className="button button-quiet button-small" onClick={() => onChange([])}>
            Clear
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}

/** Orders a parent/child list depth-first with depths, for tree-shaped checklists and tables. */
export function treeOrder<T extends { id: string; name: string; parentId: string | null }>(
  items: readonly T[],
): { item: T; depth: number }[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const out: { item: T; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const item of children.get(parent) ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push({ item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  // Items caught in a parent cycle are listed at the top level rather than lost.
  for (const item of items) if (!seen.has(item.id)) out.push({ item, depth: 0 });
  return out;
}
