import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface UserIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: number;
  email: string | null;
  linked_at: Timestamp;
  last_login_at: NullableTimestamp;
}

export interface OidcLoginsTable {
  key_hash: string;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  expires_at: Timestamp;
}

export interface LoginThrottlesTable {
  key: string;
  failures: number;
  last_failure_at: Timestamp;
  blocked_until: NullableTimestamp;
}

export interface SessionActivityTable { id_hash: string; last_seen_at: Timestamp }

export interface ErasedAccountsTable { user_id: number; erased_at: Timestamp }

export interface AccessibilityFeedbackTable {
  id: Generated<number>;
  page_url: string;
  message: string;
  contact: string;
  lang: 'nl' | 'en';
  received_at: Timestamp;
}

/** Tables of external identities, login attempts and privacy requests (migration 0025). */
export interface AccountsTables {
  user_identities: UserIdentitiesTable;
  oidc_logins: OidcLoginsTable;
  login_throttles: LoginThrottlesTable;
  session_activity: SessionActivityTable;
  erased_accounts: ErasedAccountsTable;
  accessibility_feedback: AccessibilityFeedbackTable;
}
