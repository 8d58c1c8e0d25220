/** What the module offers the platform, in one place. */
export const assessmentsManifest = {
  name: 'assessments',
  /** Reached from an organisation's page (organisations module), not from the main navigation. */
  navigation: [],
  pages: [
    '/organisations/:id/assessments', '/assessments/:id', '/assessments/:id/dimensions/:code',
    '/assessments/:id/results', '/assessments/:id/results.csv', '/assessments/:id/results.pdf',
  ],
  seedSets: [],
} as const;
