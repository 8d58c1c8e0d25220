/** What the module offers the platform, in one place. */
export const callsManifest = {
  name: 'calls',
  navigation: [{ href: '/calls', key: 'nav.calls' }],
  /** Stable addresses: keep them. */
  pages: ['/calls', '/calls/:code', '/calls/:code/applications', '/calls/conformity', '/forms', '/forms/:id', '/applications', '/applications/:id'],
  seedSets: ['conformity-annex', 'demo-calls'],
  cacheArea: 'calls',
} as const;
