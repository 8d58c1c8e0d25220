import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { OidcConfig } from '../../../config.js';
import { AppError } from '../../../plugins/errors.js';
import { signInWithIdentity, type SignedInUser } from '../commands/sign-in-with-identity.js';
import { oidcNoPendingLogin, oidcProviderError, oidcRejected, oidcStateMismatch, oidcUnavailable } from '../errors.js';
import { identityClaims } from './claims.js';
import { client, oidcConfiguration, scopesOf } from './client.js';
import { linkByVerifiedEmail } from './settings.js';

/** Cookie that ties the browser to its pending provider login; holds a random key, nothing else. */
export const OIDC_COOKIE = 'tr_oidc';
const PENDING_MS = 10 * 60_000;

const hashKey = (key: string) => createHash('sha256').update(key).digest('base64url');
export const callbackUrl = (publicBase: string) => `${publicBase}/login/oidc/callback`;

async function configuration(oidc: OidcConfig) {
  try {
    return await oidcConfiguration(oidc);
  } catch {
    throw oidcUnavailable();
  }
}

/**
 * Starts the authorisation-code flow with PKCE (S256), state and nonce. The verifier, state and
 * nonce stay on the server, found by the hash of a random key that only this browser holds.
 */
export async function startOidcLogin(app: FastifyInstance, oidc: OidcConfig, returnTo: string): Promise<{ url: string; key: string }> {
  const config = await configuration(oidc);
  const key = randomBytes(32).toString('base64url');
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const now = Date.now();
  await app.db.deleteFrom('oidc_logins').where('expires_at', '<', new Date(now)).execute();
  await app.db.insertInto('oidc_logins').values({
    key_hash: hashKey(key), state, nonce, code_verifier: verifier, return_to: returnTo, expires_at: new Date(now + PENDING_MS),
  }).execute();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(app.config.publicBase),
    scope: scopesOf(oidc),
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, key };
}

/**
 * Completes the flow on the way back: the pending login is taken (used once, whatever happens),
 * the provider's error or a foreign state ends it, the code is exchanged with the verifier and
 * the ID token checked (signature, issuer, audience, nonce) by openid-client. Missing profile
 * claims are read from the userinfo endpoint.
 */
export async function finishOidcLogin(
  app: FastifyInstance, oidc: OidcConfig, key: string | undefined, url: string,
): Promise<SignedInUser & { returnTo: string }> {
  const current = new URL(url, app.config.publicBase);
  const params = current.searchParams;
  const pending = key
    ? await app.db.deleteFrom('oidc_logins').where('key_hash', '=', hashKey(key)).returningAll().executeTakeFirst()
    : undefined;
  const error = params.get('error');
  if (error) throw oidcProviderError(error.slice(0, 100), (params.get('error_description') ?? '').slice(0, 300));
  if (!pending || pending.expires_at.getTime() < Date.now()) throw oidcNoPendingLogin();
  if (params.get('state') !== pending.state) throw oidcStateMismatch();

  const config = await configuration(oidc);
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(config, new URL(callbackUrl(app.config.publicBase) + current.search), {
      pkceCodeVerifier: pending.code_verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
    });
    claims = { ...(tokens.claims() ?? {}) };
    if (!claims.email || (!claims.name && !claims.given_name)) {
      const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      claims = { ...info, ...claims, email: claims.email ?? info.email, email_verified: claims.email_verified ?? info.email_verified };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    app.log.warn({ err }, 'identity provider login refused');
    throw oidcRejected(err instanceof Error ? err.message.slice(0, 200) : 'unknown');
  }
  const identity = identityClaims(claims);
  const allowLink = await linkByVerifiedEmail(app.db);
  const user = await app.db.transaction().execute((tx) => signInWithIdentity(tx, oidc.issuer, identity, { linkByVerifiedEmail: allowLink }));
  return { ...user, returnTo: pending.return_to };
}
