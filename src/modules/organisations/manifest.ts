/** What the module offers the platform, in one place. */
export const organisationsManifest = {
  name: 'organisations',
  /** Already in the main navigation (src/web/layout.tsx NAV). */
  navigation: [{ href: '/organisations', key: 'nav.organisations' }],
  pages: ['/organisations', '/register', '/organisations/new', '/organisations/:id', '/organisations/:id/edit', '/organisations/:id/members', '/invitations/:token'],
  /** Where the rest of the maturity flow hangs off an organisation (other modules). */
  links: ['/organisations/:id/assessments', '/organisations/:id/benchmark', '/organisations/:id/plan', '/organisations/:id/coaches'],
  /** The demo organisations come with their assessments from the benchmarks module (demo-maturity). */
  seedSets: [],
} as const;
