import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded PGlite database; ignored when databaseUrl is set. */
  dataDir: string;
  /** A PostgreSQL connection string; when set, the platform uses that server instead of PGlite. */
  databaseUrl: string | undefined;
  /** Public base URL, used for absolute links and linked-data URIs. */
  publicBase: string;
  /** Secret for CSRF tokens; generated per process when not configured. */
  sessionSecret: string;
  /** Send cookies with the Secure flag (on by default when publicBase is https). */
  secureCookies: boolean;
  sessionTtlHours: number;
  /** Minutes without a request after which a session ends. */
  sessionIdleMinutes: number;
  /** Load the study's seed data on start (on by default). */
  seed: boolean;
  /** Load the clearly labelled demo data too (on by default; switch off in production). */
  demoData: boolean;
  logLevel: string;
  /** Memory for rendered responses of the read models (MB). */
  responseCacheMb: number;
  /**
   * Prepare the in-memory read models right after start-up, in the background (the search
   * index, then the guide's proposals for open questions), so that no reader waits for their
   * first build (on by default).
   */
  warmReadModels: boolean;
  /** OpenID Connect login next to local accounts; absent when no issuer is configured. */
  oidc: OidcConfig | undefined;
  /** Requests per minute on the API, per API key and per client address (0 switches a limit off). */
  rateLimit: { perKeyPerMinute: number; perAddressPerMinute: number };
  /**
   * Which proxies' X-Forwarded-For is believed for the client address (Fastify's trustProxy):
   * by default proxies on loopback and private networks, so that a client reaching the platform
   * directly cannot choose its own address and escape the per-address limits.
   */
  trustProxy: boolean | string;
}

export interface OidcConfig {
  /** Issuer URL; its /.well-known/openid-configuration is read on first use. */
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** Label of the login button, e.g. "Vlaamse overheid (ACM/IDM)". */
  label: string;
  /** Scopes asked for; ACM/IDM refuses scopes not in the client's integration file. */
  scopes?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const publicBase = (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? join(projectRoot, 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    publicBase,
    sessionSecret: env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : publicBase.startsWith('https:'),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 60),
    seed: env.SEED !== 'false',
    demoData: env.DEMO_DATA !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    responseCacheMb: Number(env.RESPONSE_CACHE_MB ?? 128),
    warmReadModels: env.WARM_READ_MODELS !== 'false',
    oidc: env.OIDC_ISSUER ? {
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID ?? '',
      clientSecret: env.OIDC_CLIENT_SECRET || undefined,
      label: env.OIDC_LABEL ?? 'OpenID Connect',
      scopes: env.OIDC_SCOPES || undefined,
    } : undefined,
    trustProxy: env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY === 'false' ? false : (env.TRUST_PROXY ?? 'loopback,linklocal,uniquelocal'),
    rateLimit: {
      perKeyPerMinute: Number(env.RATE_LIMIT_PER_KEY ?? 600),
      perAddressPerMinute: Number(env.RATE_LIMIT_PER_ADDRESS ?? 300),
    },
  };
}
