/**
 * npm run soak -- [--minutes 10] [--scale 1] [--users 16]
 *
 * A bounded soak test: the platform on a fresh PGlite folder at sector scale, a mixed read and
 * write workload on loopback for the given time, and a report of requests, errors (any 5xx or
 * unexpected 4xx, listed), latency percentiles and the server's memory at the start, every
 * minute and at the end. Exits non-zero when there was an error.
 *
 * One file runs both sides so that the build has one entry: the driver forks this same file as
 * the server, so that load generator and server do not share an event loop.
 */
if (process.env.SOAK_ROLE === 'server') await import('./soak/server.js');
else await import('./soak/driver.js');
