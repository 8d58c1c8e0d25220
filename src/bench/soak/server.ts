/**
 * The server side of the soak: the real app on the prepared data folder, on a loopback port,
 * answering the driver's questions about its memory over IPC.
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../app.js';
import { bootstrap } from '../../bootstrap.js';
import { loadConfig } from '../../config.js';

export interface MemorySample { rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number }

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const send = (message: unknown) => process.send?.(message);

const config = { ...loadConfig(), logLevel: 'warn' };
const boot = await bootstrap(config);
// The soak's own limits would otherwise throttle its loopback clients; the workload is the point.
const app = await buildApp({ config: { ...boot.config, rateLimit: { perKeyPerMinute: 0, perAddressPerMinute: 0 } }, database: boot.database });
await app.listen({ port: 0, host: '127.0.0.1' });

process.on('message', async (message: { type: string }) => {
  if (message.type === 'memory') {
    // After a full collection: what the server holds on to, not what the collector has yet to free.
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    send({ type: 'memory', sample: { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external) } satisfies MemorySample });
  } else if (message.type === 'stop') {
    await app.close();
    await boot.database.close();
    process.exit(0);
  }
});

send({ type: 'ready', port: (app.server.address() as AddressInfo).port });
