import type { ForeignKey } from '../table-info.js';

export type Row = Record<string, unknown>;

/**
 * The rows a load will insert, per table, each once: a context row (a model version) arrives
 * with every thing that reads it; rows are told apart by their primary key.
 */
export class RowSet {
  readonly tables = new Map<string, Map<string, Row>>();

  constructor(private readonly keyOf: (table: string) => readonly string[]) {}

  add(table: string, row: Row): void {
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = new Map()));
    const pk = this.keyOf(table);
    // Keys compare as text: a CSV cell says "3" where a JSON cell says 3 for the same row.
    const key = JSON.stringify(pk.length ? pk.map((c) => (row[c] == null ? null : String(row[c]))) : Object.entries(row).sort());
    const known = rows.get(key);
    if (!known) { rows.set(key, { ...row }); return; }
    for (const [column, value] of Object.entries(row)) if (value !== null && value !== undefined) known[column] = value;
  }

  rows(table: string): Row[] { return [...(this.tables.get(table)?.values() ?? [])]; }
}

/**
 * Tables ordered so that every table comes after the tables it refers to (self references aside).
 * Where tables refer to each other in a circle (a body established by a decision of that body),
 * a nullable link of the circle is set afterwards instead: it is returned in `deferred`.
 */
export function loadOrder(tables: readonly string[], fks: readonly ForeignKey[], nullable: (fk: ForeignKey) => boolean): { order: string[]; deferred: ForeignKey[] } {
  const wanted = new Set(tables);
  let edges = fks.filter((f) => wanted.has(f.table) && wanted.has(f.refTable) && f.refTable !== f.table);
  const deferred: ForeignKey[] = [];
  for (;;) {
    const cycle = findCycle([...tables].sort(), edges);
    if (!cycle) break;
    const breakable = edges.find((f) => cycle.includes(f.table) && cycle.includes(f.refTable) && nullable(f));
    if (!breakable) throw new Error(`Tables refer to each other in a circle through ${cycle.join(', ')}; a load cannot order them`);
    deferred.push(breakable);
    edges = edges.filter((f) => f !== breakable);
  }
  const out: string[] = [];
  const done = new Set<string>();
  const visit = (t: string) => {
    if (done.has(t)) return;
    done.add(t);
    for (const f of edges.filter((e) => e.table === t).sort((a, b) => a.refTable.localeCompare(b.refTable))) visit(f.refTable);
    out.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return { order: out, deferred };
}

function findCycle(tables: readonly string[], edges: readonly ForeignKey[]): string[] | null {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (t: string): string[] | null => {
    if (state.get(t) === 2) return null;
    if (state.get(t) === 1) return stack.slice(stack.indexOf(t));
    state.set(t, 1);
    stack.push(t);
    for (const f of edges.filter((e) => e.table === t)) {
      const found = visit(f.refTable);
      if (found) return found;
    }
    stack.pop();
    state.set(t, 2);
    return null;
  };
  for (const t of tables) {
    const found = visit(t);
    if (found) return found;
  }
  return null;
}

/** Rows of a table that refers to itself, parents before children. */
export function parentsFirst(rows: Row[], self: readonly ForeignKey[]): Row[] {
  if (!self.length) return rows;
  const keyOf = (row: Row, columns: readonly string[]) => JSON.stringify(columns.map((c) => row[c] ?? null));
  const out: Row[] = [];
  const placed = new Set<string>();
  const present = new Map(self.map((f) => [f, new Set(rows.map((r) => keyOf(r, f.refColumns)))]));
  let pending = rows;
  while (pending.length) {
    const next: Row[] = [];
    for (const row of pending) {
      const ready = self.every((f) => {
        if (f.columns.some((c) => row[c] == null)) return true;
        const ref = keyOf(row, f.columns);
        return !present.get(f)!.has(ref) || placed.has(`${f.refColumns.join()}:${ref}`);
      });
      if (!ready) { next.push(row); continue; }
      out.push(row);
      for (const f of self) placed.add(`${f.refColumns.join()}:${keyOf(row, f.refColumns)}`);
    }
    if (next.length === pending.length) throw new Error('Rows refer to each other in a circle; a load cannot order them');
    pending = next;
  }
  return out;
}
