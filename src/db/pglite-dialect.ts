import { parse, protocol, type PGlite, type Results } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

const { serialize } = protocol;
type BackendMessage = Parameters<typeof parse.parseResults>[0][number];

/**
 * Kysely dialect for PGlite. PGlite is a single session, so the driver hands out that one
 * connection to one holder at a time: a transaction owns the session until it commits or rolls
 * back, and no other request's query can slip into it.
 */
export class PGliteDialect implements Dialect {
  private driver: PGliteDriver | undefined;
  constructor(private readonly client: PGlite) {}
  createAdapter() { return new PostgresAdapter(); }
  createDriver(): Driver { return (this.driver = new PGliteDriver(this.client)); }
  /** After a script that may have changed tables: the prepared statements are made again. */
  async forgetStatements() { await this.driver?.connection.forgetStatements(); }
  createIntrospector(db: Kysely<any>) { return new PostgresIntrospector(db); }
  createQueryCompiler() { return new PostgresQueryCompiler(); }
}

class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;
  readonly connection: PGliteConnection;

  constructor(private readonly client: PGlite) {
    this.connection = new PGliteConnection(client);
  }

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => { release = resolve; });
    await previous;
    this.release = release;
    return this.connection;
  }

  async releaseConnection() {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  async destroy() {
    await this.queue;
    await this.client.close();
  }
}

/** How many prepared statements the session keeps; the least recently used is closed beyond it. */
const STATEMENT_CACHE = 2_000;
/** A statement with more parameters (a long `in` list) is rare and made for one batch: not kept. */
const MAX_KEPT_PARAMETERS = 64;
/** Statements that change the session rather than read or write rows: never prepared. */
const SESSION_STATEMENT = /^\s*(begin|commit|rollback|savepoint|release|start|end|set|reset|deallocate|discard|listen|unlisten|notify)\b/i;

interface Prepared {
  name: string;
  paramTypes: number[];
  /** The shape of its rows, learnt when it was prepared (a prepared statement's result shape is fixed). */
  rowDescription: BackendMessage | undefined;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) { out.set(part, offset); offset += part.length; }
  return out;
}

/**
 * Every statement (but those that change the session, and long `in` lists) is prepared once
 * per text and kept: PGlite's own `query` parses and plans
 * each statement anew (about 200 µs for a join, four times the cost of running it), while a
 * named statement is only bound and executed, in one call into the database, its rows read with
 * the description taken when it was prepared. Parameters are
 * serialised and rows parsed exactly as `query` does it. A statement that can no longer be used
 * (a table changed under it) is prepared again once.
 */
class PGliteConnection implements DatabaseConnection {
  private readonly statements = new Map<string, Prepared>();
  private counter = 0;

  constructor(private readonly client: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const text = compiled.sql;
    const result = SESSION_STATEMENT.test(text) || compiled.parameters.length > MAX_KEPT_PARAMETERS
      ? await this.client.query<R>(text, [...compiled.parameters])
      : await this.runPrepared<R>(text, compiled.parameters);
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected !== undefined && !/^\s*select/i.test(text) ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  /** Forgets every prepared statement (after a script that may have changed tables). */
  async forgetStatements() {
    if (!this.statements.size) return;
    this.statements.clear();
    await this.client.query('deallocate all');
  }

  private async runPrepared<R>(text: string, parameters: readonly unknown[]): Promise<Results<R>> {
    try {
      return await this.execute<R>(await this.prepare(text), parameters);
    } catch (err) {
      if (!stale(err) || this.client.isInTransaction()) throw err;
      this.statements.delete(text);
      return this.execute<R>(await this.prepare(text), parameters);
    }
  }

  private async prepare(text: string): Promise<Prepared> {
    const known = this.statements.get(text);
    if (known) {
      // Most recently used last, so that the first entry is the one to close.
      this.statements.delete(text);
      this.statements.set(text, known);
      return known;
    }
    const name = `tr_${++this.counter}`;
    const messages = await this.client.execProtocol(concat([
      serialize.parse({ name, text, types: [] }), serialize.describe({ type: 'S', name }), serialize.sync(),
    ]), { syncToFs: false });
    const prepared = {
      name, paramTypes: parse.parseDescribeStatementResults(messages.messages),
      rowDescription: messages.messages.find((m) => m.name === 'rowDescription'),
    };
    this.statements.set(text, prepared);
    if (this.statements.size > STATEMENT_CACHE) {
      const [oldestText, oldest] = this.statements.entries().next().value as [string, Prepared];
      this.statements.delete(oldestText);
      await this.client.execProtocol(concat([serialize.close({ type: 'S', name: oldest.name }), serialize.sync()]), { syncToFs: false });
    }
    return prepared;
  }

  private async execute<R>(prepared: Prepared, parameters: readonly unknown[]): Promise<Results<R>> {
    const serializers = this.client.serializers;
    const values = parameters.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = serializers[prepared.paramTypes[i]!];
      return serializer ? serializer(value) : String(value);
    });
    const { messages } = await this.client.execProtocol(concat([
      serialize.bind({ statement: prepared.name, values }), serialize.execute({}), serialize.sync(),
    ]), { syncToFs: !this.client.isInTransaction() });
    return parse.parseResults(prepared.rowDescription ? [prepared.rowDescription, ...messages] : messages, this.client.parsers)[0] as Results<R>;
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is done with keyset pagination on PGlite');
  }
}

/** The statement was closed, or a table under it changed the shape of its result. */
function stale(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '26000' || (code === '0A000' && /cached plan/i.test(String((err as Error).message)));
}
