import { monitoringPermissions } from './permissions.js';

/** What the module offers the platform, in one place. */
export const monitoringManifest = {
  name: 'monitoring',
  /** The entry the module would like in the main navigation (src/web/layout.tsx NAV); the message is in messages/. */
  navigation: [{ href: '/kpis', key: 'nav.kpis' }],
  pages: ['/kpis', '/kpis/new', '/kpis/:code', '/kpis/:code/edit', '/kpis/:code/measurements/new', '/imports/new', '/imports/:id'],
  permissions: Object.keys(monitoringPermissions),
  /** Open data: every measurement, as CSV and as XLSX, in the formats the import reads back. */
  openData: ['/api/kpis', '/api/measurements.csv', '/api/measurements.xlsx', '/api/kpis/:code/measurements.csv', '/api/kpis/:code/measurements.xlsx'],
  seedSets: ['demo-monitoring'],
} as const;
