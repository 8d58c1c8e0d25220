/**
 * What the platform takes from a provider's claims. Standard OpenID Connect claims only:
 * `sub` (required), `email` and `email_verified` (optional), `name`, else `given_name` +
 * `family_name` (as ACM/IDM of the Flemish government sends them), else the e-mail address.
 * ACM/IDM does not always release an e-mail address; such an account gets a placeholder address
 * under the reserved `.invalid` domain, which can never be linked to or mailed.
 */
export interface IdentityClaims {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  displayName: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function identityClaims(claims: Record<string, unknown>): IdentityClaims {
  const subject = text(claims.sub);
  const email = text(claims.email);
  const validEmail = EMAIL.test(email) ? email : null;
  const name = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return {
    subject,
    email: validEmail,
    // Some providers send "true" as a string.
    emailVerified: validEmail !== null && (claims.email_verified === true || claims.email_verified === 'true'),
    displayName: (name || validEmail?.split('@')[0] || subject).slice(0, 200),
  };
}
