import type { SeedSet } from '../../../seed/seed-sets.js';
import type { Tx } from '../transaction.js';

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Invented calls with dates relative to the load day, so "open now" and "deadline soon" always show something. */
const CALLS = [
  { code: 'demo-oproep-open-collectiedata', programme: 'flemish', actor: 'dcjm', opens: -20, deadline: 18, lines: ['demo-basisinfrastructuur', 'demo-proeftuinen'],
    title: ['Demo: oproep open collectiedata', 'Demo: call for open collection data'],
    summary: ['Verzonnen oproep voor projecten die collectiedata open en volgens gedeelde standaarden publiceren.', 'Made-up call for projects that publish collection data openly and following shared standards.'],
    dimensions: ['infrastructure', 'data'], subsectors: ['heritage', 'libraries_cultural_centres'] },
  { code: 'demo-leertraject-digitaal-leiderschap', programme: 'eu_structural', actor: 'esf-agentschap', opens: 10, deadline: 75, lines: ['demo-digitale-competenties'],
    title: ['Demo: steun voor leertrajecten digitaal leiderschap', 'Demo: support for digital leadership learning paths'],
    summary: ['Verzonnen oproep die opleidingen in digitaal leiderschap voor cultuurorganisaties meefinanciert.', 'Made-up call that co-funds training in digital leadership for cultural organisations.'],
    dimensions: ['leadership'], subsectors: [] },
  { code: 'demo-europese-samenwerking-publiek', programme: 'creative_europe', actor: 'creative-europe-desk', opens: -90, deadline: -5, lines: ['demo-proeftuinen'],
    title: ['Demo: Europese samenwerking rond digitaal publieksbereik', 'Demo: European cooperation on digital audience reach'],
    summary: ['Verzonnen, intussen gesloten oproep voor Europese samenwerkingsprojecten rond digitaal publieksbereik.', 'Made-up call, closed by now, for European cooperation projects on digital audience reach.'],
    dimensions: ['audience'], subsectors: ['arts', 'film'] },
] as const;

/** Real programmes that fit the demo action lines: the links are demo, the programmes are not. */
const PROGRAMME_LINKS: Array<[string, string]> = [
  ['europeana-network-association', 'demo-basisinfrastructuur'], ['digital-europe', 'demo-basisinfrastructuur'],
  ['esf-vlaanderen', 'demo-digitale-competenties'], ['creative-europe-innovation-lab', 'demo-proeftuinen'], ['vlaio-icon', 'demo-proeftuinen'],
];


async function ids(tx: Tx, table: 'actors' | 'action_lines' | 'funding_opportunities') {
  return new Map((await tx.selectFrom(table).select(['id', 'code']).execute()).map((r) => [r.code, r.id]));
}

export const demoFundingSeed: SeedSet = {
  name: 'demo-funding',
  demo: true,
  async load(tx) {
    const now = new Date();
    const actors = await ids(tx, 'actors');
    const names = new Map((await tx.selectFrom('actors').select(['code', 'name']).execute()).map((a) => [a.code, a.name]));
    const lines = await ids(tx, 'action_lines');
    await tx.insertInto('funding_opportunities').values(CALLS.map((c) => ({
      code: c.code, kind: 'funding' as const, programme: c.programme, title_nl: c.title[0], title_en: c.title[1], summary_nl: c.summary[0], summary_en: c.summary[1],
      provider_name: names.get(c.actor) ?? c.actor, provider_actor_id: actors.get(c.actor) ?? null, opens_on: day(now, c.opens), deadline_on: day(now, c.deadline),
      budget_note: 'Demo', dimension_codes: [...c.dimensions], subsectors: [...c.subsectors], pillars: [2], is_demo: true,
    }))).execute();
    const funding = await ids(tx, 'funding_opportunities');
    const links = [...CALLS.flatMap((c) => c.lines.map((l): [string, string] => [c.code, l])), ...PROGRAMME_LINKS]
      .filter(([f, l]) => funding.has(f) && lines.has(l))
      .map(([f, l]) => ({ funding_opportunity_id: funding.get(f)!, action_line_id: lines.get(l)! }));
    if (links.length) await tx.insertInto('funding_opportunity_action_lines').values(links).onConflict((oc) => oc.doNothing()).execute();
  },
};
