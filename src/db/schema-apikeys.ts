/** Tables of API keys (migration 0024). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ApiKeysTables {}
