import type { Db } from '../../db/database.js';
import { openDatabase } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import { createUser } from '../../modules/accounts/index.js';
import { allSeedSets } from '../../seed/all.js';
import { runSeedSets } from '../../seed/seed-sets.js';
import { CYCLE_SIZE, generateCycleDataset } from '../cycle-dataset.js';
import { generateDataset, sizeFor, type DatasetSize } from '../dataset.js';
import { generateVisionDataset } from '../vision-suite.js';

export interface Account { email: string; password: string }
export interface SoakData {
  size: DatasetSize;
  kpis: number;
  team: Account;
  /** Organisation members who each keep one draft application, so that their saves never collide. */
  drafters: Array<Account & { organisationId: number }>;
  summary: string;
}

/**
 * The soak's data, in its own folder before the server starts: the study and the demo data
 * (for the open call the drafters apply to), the benchmark's synthetic sector at the given
 * scale, its KPIs with ten years of measurements, and its consultation round.
 */
export async function prepareSoakData(dataDir: string, scale: number, year: number, drafters: number): Promise<SoakData> {
  const database = await openDatabase({ dataDir });
  try {
    const db = database.db;
    await migrate(database);
    await runSeedSets(db, allSeedSets, { demo: true });
    const size = sizeFor(scale);
    const sector = await generateDataset(db, size);
    const cycle = await generateCycleDataset(db, year);
    const vision = await generateVisionDataset(db);
    const team = { email: 'soak-team@example.org', password: 'soak-team-password-1' };
    await db.transaction().execute((tx) => createUser(tx, null, { email: team.email, displayName: 'Soak team', password: team.password, role: 'transition_team' }));
    const members = [];
    for (let i = 1; i <= drafters; i++) members.push(await drafter(db, i));
    return {
      size, kpis: CYCLE_SIZE.kpis, team, drafters: members,
      summary: `${sector.actors} actors, ${sector.instruments} instruments, ${cycle.kpis} KPIs with ${cycle.measurements} measurements, `
        + `${vision.comments} consultation comments, ${members.length} drafting organisations`,
    };
  } finally {
    await database.close();
  }
}

async function drafter(db: Db, i: number): Promise<Account & { organisationId: number }> {
  const account = { email: `soak-drafter-${i}@example.org`, password: `soak-drafter-password-${i}` };
  return db.transaction().execute(async (tx) => {
    const user = await createUser(tx, null, { email: account.email, displayName: `Soak drafter ${i}`, password: account.password, role: 'org_member' });
    const { id } = await tx.insertInto('organisations').values({
      name: `[synthetic] Soak organisation ${i}`, subsector: i % 2 ? 'arts' : 'heritage', province: 'antwerpen', staff_class: '0-4', budget_class: 'lt-250k',
      municipality: 'Mechelen', legal_form: 'vzw', funding_framework: 'none',
    }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('organisation_members').values({ organisation_id: id, user_id: user.id, role: 'owner' }).execute();
    return { ...account, organisationId: id };
  });
}
