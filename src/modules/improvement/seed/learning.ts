import type { LearningKind } from '../../../db/schema.js';
import type { SeedSet } from '../../../seed/seed-sets.js';

interface Opportunity {
  title: [string, string]; summary: [string, string]; kind: LearningKind; provider: string;
  dimension: string | null; from: number; to: number; starts: string; ends?: string; place?: string;
}

/**
 * Demo learning opportunities (R4.2 palette): providers the study names, but the offers
 * themselves are invented examples, labelled "Demo" in their titles and with is_demo.
 */
const OPPORTUNITIES: Opportunity[] = [
  { title: ['Digitaal leiderschap in de cultuursector', 'Digital leadership in the cultural sector'], summary: ['Traject van vier dagen voor directies en coördinatoren: een digitale visie maken en het team meenemen.', 'Four-day course for directors and coordinators: shaping a digital vision and taking the team along.'], kind: 'course', provider: 'cultuurconnect', dimension: 'leadership', from: 1, to: 3, starts: '2026-09-15', ends: '2026-12-10', place: 'Brussel' },
  { title: ['Een digitale strategie op één blad', 'A digital strategy on one page'], summary: ['Webinar over de eerste stap: waar staan we, waar willen we heen, wat doen we eerst.', 'Webinar on the first step: where we are, where we want to go, what we do first.'], kind: 'webinar', provider: 'cultuurconnect', dimension: 'leadership', from: 0, to: 2, starts: '2026-03-12' },
  { title: ['Back-ups in de praktijk: de 3-2-1-regel', 'Backups in practice: the 3-2-1 rule'], summary: ['Workshop: automatische back-ups, een kopie buiten huis en een hersteltest.', 'Workshop: automatic backups, an off-site copy and a restore test.'], kind: 'workshop', provider: 'meemoo', dimension: 'infrastructure', from: 0, to: 2, starts: '2026-04-21', place: 'Gent' },
  { title: ['Metadata voor collecties: standaarden en registratie', 'Metadata for collections: standards and registration'], summary: ['Zes online sessies over het beschrijven van collecties met gedeelde standaarden.', 'Six online sessions on describing collections with shared standards.'], kind: 'course', provider: 'meemoo', dimension: 'data', from: 1, to: 3, starts: '2026-05-05', ends: '2026-06-16' },
  { title: ['Digitaliseringsplan op maat', 'A tailored digitisation plan'], summary: ['Begeleiding bij het opstellen van een digitaliserings- en bewaarplan voor de eigen collectie.', 'Guidance in drawing up a digitisation and preservation plan for your own collection.'], kind: 'coaching', provider: 'meemoo', dimension: 'infrastructure', from: 2, to: 4, starts: '2026-10-01', ends: '2027-03-31', place: 'Gent' },
  { title: ['Veilig werken: wachtwoorden, updates en tweestapsverificatie', 'Working safely: passwords, updates and two-step verification'], summary: ['Korte webinar met een checklist om meteen toe te passen.', 'Short webinar with a checklist to apply at once.'], kind: 'webinar', provider: 'meemoo', dimension: 'infrastructure', from: 0, to: 2, starts: '2026-03-26' },
  { title: ['Je aanbod goed in de UiTdatabank', 'Your programme well described in the UiTdatabank'], summary: ['Workshop: volledige en vindbare activiteiten invoeren zodat publiek ze ook elders vindt.', 'Workshop: entering complete, findable events so audiences also find them elsewhere.'], kind: 'workshop', provider: 'publiq', dimension: 'audience', from: 0, to: 2, starts: '2026-02-24' },
  { title: ['Publieksdata lezen en gebruiken', 'Reading and using audience data'], summary: ['Webinar over welke publieksgegevens je al hebt en hoe je er beslissingen mee onderbouwt.', 'Webinar on the audience data you already have and how to base decisions on it.'], kind: 'webinar', provider: 'publiq', dimension: 'data', from: 1, to: 3, starts: '2026-06-09' },
  { title: ['Lerend netwerk digitaal erfgoed', 'Learning network on digital heritage'], summary: ['Erfgoedorganisaties leren van elkaar in vijf bijeenkomsten over datagebruik.', 'Heritage organisations learn from each other in five meetings on using data.'], kind: 'peer_learning', provider: 'faro', dimension: 'data', from: 2, to: 4, starts: '2026-09-01', ends: '2027-06-30', place: 'Brussel' },
  { title: ['Rechten en hergebruik van beelden', 'Rights and reuse of images'], summary: ['Workshop over auteursrecht, licenties en open hergebruik van collectiebeelden.', 'Workshop on copyright, licences and open reuse of collection images.'], kind: 'workshop', provider: 'faro', dimension: 'infrastructure', from: 1, to: 3, starts: '2026-11-17', place: 'Brussel' },
  { title: ['Nieuwe verdienmodellen voor digitaal aanbod', 'New business models for digital offers'], summary: ['Workshop voor kunstenorganisaties: wat levert digitaal aanbod op en hoe reken je het aan.', 'Workshop for arts organisations: what digital offers bring in and how to charge for them.'], kind: 'workshop', provider: 'kunstenpunt', dimension: 'value', from: 1, to: 3, starts: '2026-10-08', place: 'Brussel' },
  { title: ['Intervisie zakelijk leiders: digitaal werken', 'Peer review for business managers: working digitally'], summary: ['Zakelijk leiders bespreken hun digitale werkprocessen in een vaste groep.', 'Business managers discuss their digital work processes in a steady group.'], kind: 'peer_learning', provider: 'kunstenpunt', dimension: 'operations', from: 1, to: 3, starts: '2027-01-19', ends: '2027-05-25', place: 'Antwerpen' },
  { title: ['Digitaal en hybride samenwerken met vrijwilligers', 'Digital and hybrid work with volunteers'], summary: ['Workshop over tools en afspraken die ook voor vrijwilligers werken.', 'Workshop on tools and agreements that also work for volunteers.'], kind: 'workshop', provider: 'socius', dimension: 'operations', from: 0, to: 2, starts: '2026-05-19', place: 'Brussel' },
  { title: ['Online participatie die werkt', 'Online participation that works'], summary: ['Webinar met voorbeelden van sociaal-culturele organisaties die deelnemers online betrekken.', 'Webinar with examples of socio-cultural organisations involving participants online.'], kind: 'webinar', provider: 'socius', dimension: 'audience', from: 1, to: 3, starts: '2026-09-24' },
  { title: ['Living lab publieksbeleving en nieuwe technologie', 'Living lab on audience experience and new technology'], summary: ['Test met echte bezoekers een nieuwe digitale beleving, begeleid door onderzoekers.', 'Test a new digital experience with real visitors, guided by researchers.'], kind: 'living_lab', provider: 'imec', dimension: 'audience', from: 3, to: 5, starts: '2026-10-01', ends: '2027-06-30', place: 'Gent' },
  { title: ['Fieldlab datagedreven programmeren', 'Fieldlab on data-driven programming'], summary: ['Organisaties experimenteren samen met het sturen van hun programma op data.', 'Organisations experiment together with steering their programme by data.'], kind: 'fieldlab', provider: 'imec', dimension: 'data', from: 3, to: 5, starts: '2027-02-01', ends: '2027-09-30', place: 'Leuven' },
  { title: ['OSLO en linked data voor cultuurorganisaties', 'OSLO and linked data for cultural organisations'], summary: ['Online opleiding over de Vlaamse datastandaarden en hoe je ze in je systemen krijgt.', 'Online course on the Flemish data standards and how to get them into your systems.'], kind: 'course', provider: 'aiv', dimension: 'infrastructure', from: 2, to: 4, starts: '2026-11-03', ends: '2026-12-01' },
  { title: ['Digitale residentie: experimenteren met je publiek', 'Digital residency: experimenting with your audience'], summary: ['Drie maanden ruimte en begeleiding om een nieuw digitaal aanbod uit te proberen.', 'Three months of room and guidance to try out a new digital offer.'], kind: 'residency', provider: 'cultuurconnect', dimension: 'value', from: 2, to: 4, starts: '2027-03-01', ends: '2027-05-31', place: 'Hasselt' },
  { title: ['Hergebruik van digitaal cultureel materiaal', 'Reuse of digital cultural material'], summary: ['Reeks colleges over hoe anderen je digitale collectie of aanbod hergebruiken.', 'Lecture series on how others reuse your digital collection or offer.'], kind: 'course', provider: 'ugent', dimension: 'data', from: 2, to: 4, starts: '2027-02-15', ends: '2027-04-26', place: 'Gent' },
  { title: ['Coachingtraject digitale maturiteit', 'Coaching on digital maturity'], summary: ['Een coach helpt je van zelfevaluatie naar een verbeterplan en volgt het een jaar op.', 'A coach helps you from self-assessment to an improvement plan and follows it up for a year.'], kind: 'coaching', provider: 'cultuurconnect', dimension: null, from: 0, to: 3, starts: '2026-09-01', ends: '2027-06-30', place: 'Mechelen' },
  { title: ['Impact meten met het Impact Playbook', 'Measuring impact with the Impact Playbook'], summary: ['Webinar over het in kaart brengen en meten van de impact van digitaal werk.', 'Webinar on mapping and measuring the impact of digital work.'], kind: 'webinar', provider: 'europeana', dimension: 'data', from: 2, to: 4, starts: '2026-05-14' },
];

/** The examples were written for a year starting in February 2026; they move with the day they are loaded. */
const WRITTEN_FOR = { year: 2026, month: 2 };
function shifted(date: string, now: Date): string {
  const months = (now.getUTCFullYear() - WRITTEN_FOR.year) * 12 + (now.getUTCMonth() + 1 - WRITTEN_FOR.month);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + Math.max(0, months);
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const learningSeed: SeedSet = {
  name: 'demo-learning',
  demo: true,
  async load(tx) {
    const now = new Date();
    const actors = new Map((await tx.selectFrom('actors').select(['id', 'code', 'name']).execute()).map((a) => [a.code, a]));
    await tx.insertInto('learning_opportunities').values(OPPORTUNITIES.map((o) => {
      const actor = actors.get(o.provider);
      return {
        title_nl: `Demo: ${o.title[0]}`, title_en: `Demo: ${o.title[1]}`, summary_nl: o.summary[0], summary_en: o.summary[1], kind: o.kind,
        provider_actor_id: actor?.id ?? null, provider_name: actor?.name ?? o.provider, starts_on: shifted(o.starts, now), ends_on: o.ends ? shifted(o.ends, now) : null,
        place: o.place ?? null, online: !o.place, dimension_code: o.dimension, level_from: o.from, level_to: o.to, url: null, is_demo: true,
      };
    })).execute();
  },
};
