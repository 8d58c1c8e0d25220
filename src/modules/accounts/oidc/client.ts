import * as client from 'openid-client';
import type { OidcConfig } from '../../../config.js';

/** Scopes asked for when the configuration names none: the standard OpenID Connect ones. */
export const DEFAULT_SCOPES = 'openid profile email';

export function scopesOf(oidc: OidcConfig): string {
  return (oidc as OidcConfig & { scopes?: string }).scopes?.trim() || DEFAULT_SCOPES;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The provider's configuration, read once from its discovery document and kept. A failed read is
 * forgotten so that the next login tries again. Plain http is accepted only for a provider on
 * this machine (development and tests); anything else must be https.
 */
const configurations = new Map<string, Promise<client.Configuration>>();

export function oidcConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const cacheKey = `${oidc.issuer}\n${oidc.clientId}`;
  let pending = configurations.get(cacheKey);
  if (!pending) {
    const issuer = new URL(oidc.issuer);
    const auth = oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None();
    pending = client.discovery(issuer, oidc.clientId, undefined, auth, {
      timeout: 10,
      ...(issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname) ? { execute: [client.allowInsecureRequests] } : {}),
    });
    pending.catch(() => configurations.delete(cacheKey));
    configurations.set(cacheKey, pending);
  }
  return pending;
}

export { client };
