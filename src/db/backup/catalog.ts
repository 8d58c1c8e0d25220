import { ident, type Session } from './session.js';

/** What a backup reads of the schema: tables in load order, their stored columns, sequences. */
export interface TableInfo { name: string; columns: string[] }
export interface SequenceInfo { name: string; lastValue: string; isCalled: boolean }
export interface OwnedSequence { sequence: string; table: string; column: string }

export async function listTables(s: Session): Promise<string[]> {
  const rows = await s.query<{ name: string }>(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`);
  return rows.map((r) => r.name);
}

/**
 * Stored columns in table order. Generated columns are left out: the target computes them from
 * the rest (and its text-search dictionaries), and PostgreSQL refuses a value for them.
 */
export async function storedColumns(s: Session, table: string): Promise<string[]> {
  const rows = await s.query<{ name: string }>(`select a.attname as name from pg_attribute a
    where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' order by a.attnum`, [`public.${ident(table)}`]);
  return rows.map((r) => r.name);
}

/**
 * Tables ordered so that a table comes after the tables its foreign keys point to, so that a
 * restore without superuser rights (which cannot switch the checks off) still loads in order.
 * Cycles cannot be ordered; their tables follow alphabetically.
 */
export async function tablesInLoadOrder(s: Session): Promise<TableInfo[]> {
  const names = await listTables(s);
  const edges = await s.query<{ child: string; parent: string }>(`select c.relname as child, p.relname as parent from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const name of names) {
      if (placed.has(name) || [...parents.get(name)!].some((p) => !placed.has(p) && parents.has(p))) continue;
      ordered.push(name);
      placed.add(name);
      progress = true;
    }
  }
  for (const name of names) if (!placed.has(name)) ordered.push(name);
  const tables: TableInfo[] = [];
  for (const name of ordered) tables.push({ name, columns: await storedColumns(s, name) });
  return tables;
}

export async function sequences(s: Session): Promise<SequenceInfo[]> {
  const names = await s.query<{ name: string }>(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'S' order by c.relname`);
  const out: SequenceInfo[] = [];
  for (const { name } of names) {
    const [row] = await s.query<{ last_value: string; is_called: boolean }>(`select last_value::text as last_value, is_called from public.${ident(name)}`);
    out.push({ name, lastValue: row!.last_value, isCalled: row!.is_called });
  }
  return out;
}

/** Sequences behind serial and identity columns, so that a restore can check them against the data. */
export async function ownedSequences(s: Session): Promise<OwnedSequence[]> {
  return s.query<OwnedSequence>(`select sq.relname as sequence, t.relname as table, a.attname as column from pg_depend d
    join pg_class sq on sq.oid = d.objid and sq.relkind = 'S'
    join pg_class t on t.oid = d.refobjid join pg_namespace n on n.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where d.deptype in ('a', 'i') and n.nspname = 'public' order by sq.relname`);
}
