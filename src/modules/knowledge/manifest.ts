/** What the module offers the platform, in one place. */
export const knowledgeManifest = {
  name: 'knowledge',
  navigation: [{ href: '/knowledge', key: 'nav.knowledge' }, { href: '/cases', key: 'nav.cases' }],
  /** Stable addresses: keep them. */
  pages: ['/knowledge', '/knowledge/mine', '/knowledge/editors', '/cases', '/cases/:code', '/learning', '/learning/:id', '/funding', '/funding/:code'],
  seedSets: ['funding-programmes', 'demo-funding'],
  cacheArea: 'knowledge',
} as const;
