import type { Db } from '../../db/database.js';
import { runTransaction } from '../../db/transaction.js';
import { forgetApiKeys } from '../../plugins/api-key-auth.js';
import type { CurrentUser } from '../../plugins/auth.js';
import { can } from '../../plugins/permissions.js';
import { createApiKey } from './commands/create-api-key.js';
import { revokeApiKey } from './commands/revoke-api-key.js';
import { duplicate, keyNotFound } from './errors.js';
import { grantablePermissions } from './grantable.js';
import { presentKey } from './presenters.js';
import { findKey, listKeys, ownedOrganisations } from './queries.js';
import type { CreateApiKeyInput } from './schemas.js';

/** The steps the page and the API share: one transaction per command, then the key as shown. */
export class ApiKeyService {
  constructor(private readonly db: Db) {}

  async list(user: CurrentUser) {
    const rows = await listKeys(this.db, { id: user.id, everything: can(user.role, 'apikeys.managePlatform') });
    return rows.map(presentKey);
  }

  async options(user: CurrentUser) {
    return {
      organisations: await ownedOrganisations(this.db, user.id),
      platformWide: can(user.role, 'apikeys.managePlatform'),
      permissions: grantablePermissions(user.role),
    };
  }

  async create(user: CurrentUser, input: CreateApiKeyInput) {
    const { id, secret } = await runTransaction(this.db, (tx) => createApiKey(tx, user, input), duplicate);
    return { key: presentKey((await findKey(this.db, id))!), secret };
  }

  async revoke(user: CurrentUser, id: number) {
    await runTransaction(this.db, (tx) => revokeApiKey(tx, user, id), duplicate);
    // After the commit: a key remembered before it would otherwise still pass for up to a minute.
    forgetApiKeys();
    return presentKey((await findKey(this.db, id))!);
  }

  /** One key, if the user manages it (else 404: someone else's keys are not even confirmed to exist). */
  async get(user: CurrentUser, id: number) {
    const keys = await this.list(user);
    const key = keys.find((k) => k.id === id);
    if (!key) throw keyNotFound(id);
    return key;
  }
}
