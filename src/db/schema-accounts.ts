/** Tables of external identities, login attempts and privacy requests (migration 0025). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface AccountsTables {}
