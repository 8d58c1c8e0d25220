import type { ColumnType, Generated } from 'kysely';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** One API key (migration 0024); the secret itself is never stored, only its SHA-256 hash. */
export interface ApiKeysTable {
  id: Generated<number>;
  name: string;
  prefix: string;
  secret_hash: string;
  user_id: number;
  organisation_id: number | null;
  permissions: ColumnType<string[], string[] | undefined, string[]>;
  expires_at: NullableTimestamp;
  created_at: Generated<Date>;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  revoked_by: number | null;
}

/** Tables of API keys (migration 0024). */
export interface ApiKeysTables {
  api_keys: ApiKeysTable;
}
