/** What the module offers the platform, in one place. */
export const projectsManifest = {
  name: 'projects',
  navigation: [{ href: '/projects', key: 'projects.nav' }, { href: '/lessons', key: 'lessons.nav' }],
  /** Stable addresses: keep them. */
  pages: ['/projects', '/projects/:code', '/lessons', '/lessons/:code'],
  seedSets: ['demo-projects'],
  /** Projects live in the calls area; lessons are also read by the knowledge space. */
  cacheAreas: ['calls', 'knowledge'],
} as const;
