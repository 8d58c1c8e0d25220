/** What the module offers the platform, in one place. */
export const cycleManifest = {
  name: 'cycle',
  /** The entry the module would like in the main navigation (src/web/layout.tsx NAV). */
  navigation: [{ href: '/action-lines', key: 'cycle.nav' }],
  pages: ['/action-lines', '/action-lines/:code', '/plans/:id', '/actions/:id', '/conformity'],
  seedSets: ['study-2021-conformity', 'demo-cycle'],
} as const;
