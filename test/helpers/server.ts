import type { AddressInfo } from 'node:net';
import { hashPassword } from '../../src/plugins/passwords.js';
import type { Role } from '../../src/plugins/permissions.js';
import { testApp, type TestApp } from './app.js';

export interface LiveServer extends TestApp {
  base: string;
  /** Creates an account with this role and a known password. */
  account(role: Role): Promise<{ email: string; password: string }>;
}

/** A real HTTP server on a free loopback port, on a seeded in-memory database. */
export async function liveServer(): Promise<LiveServer> {
  const t = await testApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  let n = 0;
  return {
    ...t,
    base: `http://127.0.0.1:${port}`,
    async account(role) {
      const email = `e2e-${role}-${++n}@example.org`;
      const password = `correct horse ${role} ${n}`;
      await t.database.db.insertInto('users').values({
        email, display_name: `E2E ${role}`, password_hash: await hashPassword(password), role, created_at: new Date(), updated_at: new Date(),
      }).execute();
      return { email, password };
    },
  };
}
