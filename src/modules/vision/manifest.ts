/** What the module offers the platform, in one place. */
export const visionManifest = {
  name: 'vision',
  navigation: [{ href: '/vision', key: 'nav.vision' }],
  /** Stable addresses (published as linked data later): keep them. */
  pages: ['/vision', '/vision/why', '/vision/embed', '/vision/:code', '/vision/:code/rounds/:n', '/paths', '/paths/:code', '/scenarios', '/scenarios/:code'],
  seedSets: ['vision-kpi', 'demo-vision'],
  cacheArea: 'vision',
} as const;
