import type { ColumnInfo, Schema } from '../table-info.js';

/**
 * A value for a column the dumps do not carry (not public) but the database requires: the
 * emptiest value of its type. It never shows in a dump, because dumps publish only public columns.
 */
export async function neutralValue(schema: Schema, table: string, column: ColumnInfo): Promise<unknown> {
  switch (column.dataType) {
    case 'text': case 'character varying': case 'character': case 'citext': return '';
    case 'smallint': case 'integer': case 'bigint': case 'numeric': case 'real': case 'double precision': return 0;
    case 'boolean': return false;
    case 'date': return '1970-01-01';
    case 'timestamp with time zone': case 'timestamp without time zone': return '1970-01-01T00:00:00Z';
    case 'json': case 'jsonb': return {};
    case 'ARRAY': return [];
    case 'uuid': return '00000000-0000-0000-0000-000000000000';
    case 'inet': return '0.0.0.0';
    case 'bytea': return '\\x';
    case 'USER-DEFINED': {
      const labels = await schema.enumLabels(column.udtName);
      if (labels.length) return labels[0];
      break;
    }
    default: break;
  }
  throw new Error(`No neutral value for ${table}.${column.name} (${column.dataType}); the dumps must carry it`);
}
