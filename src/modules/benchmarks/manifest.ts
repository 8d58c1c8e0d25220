/** What the module offers the platform, in one place. */
export const benchmarksManifest = {
  name: 'benchmarks',
  /**
   * Entry points the module needs links to (it does not own the pages they belong on): the
   * organisation's own page links to its benchmark, the maturity page to the sector baseline.
   */
  linkedFrom: { '/organisations/:id': '/organisations/:id/benchmark', '/maturity': '/maturity/sector' },
  pages: ['/organisations/:id/benchmark', '/organisations/:id/benchmark.csv', '/maturity/sector'],
  api: ['/api/organisations/:id/benchmark', '/api/maturity/sector', '/api/maturity/sector/kpis'],
  permissions: ['benchmarks.viewSector', 'benchmarks.viewPeers', 'benchmarks.feedKpis'],
  seedSets: ['maturity-kpis', 'demo-maturity'],
} as const;
