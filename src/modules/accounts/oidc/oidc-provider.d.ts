/**
 * The part of oidc-provider (no published types) that the login tests use to run a real
 * provider on a loopback port.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface Interaction {
    uid: string;
    prompt: { name: string; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId: string };
    grantId?: string;
  }
  interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }
  interface Account { accountId: string; claims(): Promise<Record<string, unknown>> }

  export default class Provider {
    constructor(issuer: string, configuration: {
      clients: Array<Record<string, unknown>>;
      jwks?: { keys: Array<Record<string, unknown>> };
      pkce?: { required: () => boolean };
      features?: Record<string, unknown>;
      claims?: Record<string, string[]>;
      ttl?: Record<string, number>;
      cookies?: { keys: string[] };
      interactions?: { url: (ctx: unknown, interaction: Interaction) => string };
      findAccount: (ctx: unknown, id: string) => Promise<Account | undefined>;
    });
    Grant: new (options: { accountId: string; clientId: string }) => Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  }
}
