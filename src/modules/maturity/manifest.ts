/** What the module offers the platform, in one place. */
export const maturityManifest = {
  name: 'maturity',
  navigation: [{ href: '/maturity', key: 'nav.maturity' }],
  pages: ['/maturity', '/maturity/model', '/maturity/models', '/maturity/models/:version'],
  seedSets: ['maturity-model-v1'],
  openData: ['/api/maturity/model', '/api/maturity/models', '/api/maturity/models/:version', '/api/maturity/models/:version/questions.csv'],
} as const;
