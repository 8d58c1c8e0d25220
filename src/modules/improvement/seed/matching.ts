import type { SeedSet } from '../../../seed/seed-sets.js';

/**
 * Which maturity dimensions each of the study's actors and cases helps with (matching on the
 * improvement plan). Codes: audience, value, operations, data, leadership, infrastructure. Each
 * choice notes why; an actor without a direct offer to organisations gets no tag, so the plan
 * never sends an organisation somewhere that cannot help it.
 */
export const ACTOR_DIMENSIONS: Record<string, { dimensions: string[]; why: string }> = {
  dcjm: { dimensions: ['leadership', 'value'], why: 'sets the policy frame and runs the self-assessment, training and grant instruments' },
  aiv: { dimensions: ['infrastructure', 'data'], why: 'OSLO standards and digital building blocks (R1.2 technical sounding board)' },
  meemoo: { dimensions: ['infrastructure', 'data', 'operations'], why: 'archiving, preservation, metadata and digitisation workflows; main technical relief provider' },
  cultuurconnect: { dimensions: ['leadership', 'audience', 'operations'], why: 'digital leadership training, the maturity scan and digital services for libraries and cultural centres' },
  publiq: { dimensions: ['audience', 'data'], why: 'UiTdatabank, UiTPAS and expertise in audience data and platforms' },
  faro: { dimensions: ['leadership', 'data'], why: 'competence support for heritage organisations, including collection registration' },
  kunstenpunt: { dimensions: ['leadership', 'value'], why: 'support for the arts, including business practice and new models' },
  socius: { dimensions: ['leadership', 'audience'], why: 'support for socio-cultural adult work, including participation and digital work with volunteers' },
  vaf: { dimensions: ['value'], why: 'funds audiovisual work: a route to financing digital projects in film' },
  'literatuur-vlaanderen': { dimensions: ['value'], why: 'funds the literature sector: a route to financing digital projects there' },
  imec: { dimensions: ['data', 'infrastructure'], why: 'research centre for digital technology; the study wants it to advise on the basic infrastructure' },
  ugent: { dimensions: ['data', 'audience'], why: 'research on the reuse of digital cultural content by audiences and makers' },
  uhasselt: { dimensions: ['value'], why: 'umbrella portals and living labs that let small projects experiment' },
  'vub-smit': { dimensions: ['data'], why: 'research on metadata aggregation for digital heritage' },
  vrt: { dimensions: ['audience'], why: 'public broadcaster with platforms and audience reach for culture' },
  foci: { dimensions: ['infrastructure'], why: 'investment grants in cultural infrastructure, possibly digital (R2.1)' },
  ewi: { dimensions: ['value'], why: 'research and innovation funding and transition expertise' },
  vlaio: { dimensions: ['value'], why: 'innovation support, living labs and experience with transition support' },
  pmv: { dimensions: ['value'], why: 'investment instruments the study suggests opening to digital cultural infrastructure' },
  europeana: { dimensions: ['data', 'audience'], why: 'aggregation and standards for heritage data, and the Impact Playbook for audience impact' },
  'creative-europe-desk': { dimensions: ['value'], why: 'information on EU funding for digital projects' },
  epos: { dimensions: ['leadership'], why: 'European education and training programmes: skills of staff' },
  'esf-agentschap': { dimensions: ['leadership'], why: 'European Social Fund: funding for skills of the future' },
  'stuurorgaan-ict': { dimensions: [], why: 'advises government on ICT policy; no offer to individual organisations' },
  sarc: { dimensions: [], why: 'strategic advisory council; no offer to individual organisations' },
  'kabinet-cultuur': { dimensions: [], why: "the minister's office; sits in the steering committee, no offer to organisations" },
  'vlaamse-kunstcollectie': { dimensions: ['data', 'audience'], why: 'Arthub: shared collection data and images of Flemish art museums' },
  'werkplaats-immaterieel-erfgoed': { dimensions: [], why: 'the study gives it no digital role; not suggested until it has one' },
  vai: { dimensions: [], why: 'the study gives it no digital role; not suggested until it has one' },
  cultuurloket: { dimensions: ['value', 'infrastructure'], why: 'business advice, including rights management in a digital setting (part of the basic infrastructure)' },
  'sociaal-fonds-podiumkunsten': { dimensions: ['leadership'], why: 'sector fund of the social partners: training of performing arts workers' },
  'vi-be': { dimensions: ['audience'], why: 'platform that makes musicians visible to audiences and programmers' },
};

export const CASE_DIMENSIONS: Record<string, { dimensions: string[]; why: string }> = {
  'industrie-4-0-transitieprioriteit': { dimensions: ['leadership'], why: 'putting digital change on the agenda as a priority with a clear steer' },
  'governance-transitieprioriteiten-visie-2050': { dimensions: ['leadership'], why: 'governance for a long-term transition' },
  'nationale-strategie-digitaal-erfgoed': { dimensions: ['infrastructure', 'data'], why: 'a shared network and facilities for digital heritage' },
  'culture-is-digital': { dimensions: ['value', 'audience'], why: 'culture and technology combined into new offers for audiences' },
  'welsh-digital-action-plan': { dimensions: ['leadership', 'audience'], why: 'commitment from the top and services designed around users' },
  'europeana-impact-playbook': { dimensions: ['data', 'value'], why: 'measuring and communicating the impact of digital work' },
  'den-toekomstverkenning': { dimensions: ['leadership', 'value'], why: 'futures thinking for strategy and long-term value' },
  'proeftuinen-industrie-4-0': { dimensions: ['operations', 'value'], why: 'trying out new applications in a safe setting before changing processes' },
  'raad-voor-cultuur-fieldlabs': { dimensions: ['value', 'operations'], why: 'experimenting at scale with new ways of working and business models' },
  'ars-electronica-cross-overs': { dimensions: ['value', 'audience'], why: 'artists with science and industry: new work and new encounters with audiences' },
  'vlaamse-instrumenten-experiment-innovatie': { dimensions: ['value', 'operations'], why: 'Flemish instruments to test new technology in short trials' },
  'city-deals': { dimensions: ['value'], why: 'mission-driven partnerships as a model for new value with others' },
  'dera-referentiearchitectuur': { dimensions: ['infrastructure'], why: 'a reference architecture so facilities fit together' },
  'den-focusmodel': { dimensions: ['audience', 'value', 'operations', 'data'], why: 'a model to position the organisation on each layer of digital transformation' },
  'competentie-opbouw-lokale-besturen': { dimensions: ['leadership'], why: 'building digital capacity and shared ICT profiles' },
  'kennisinstellingen-uhasselt-ars-electronica': { dimensions: ['leadership'], why: 'knowledge institutions sharing knowledge and networks with small players' },
  'ierse-digital-national-strategy': { dimensions: ['leadership'], why: 'digital skills at the heart of a strategy' },
  'gelinkt-notuleren': { dimensions: ['infrastructure', 'data'], why: 'linked open data with open-source reference software' },
  'smk-open-api': { dimensions: ['data', 'audience', 'infrastructure'], why: 'an open API that lets others build on collection data' },
  'ars-electronica-impactreflectie': { dimensions: ['value'], why: 'reflecting on the social and economic impact of digital work' },
  'industrie-4-0-inspireren-verbinden': { dimensions: ['leadership'], why: 'inspiring and connecting peers online and offline, with a signpost tool' },
  'smart-flanders-2-0': { dimensions: ['data', 'infrastructure'], why: 'real-time open data and shared reference models between municipalities' },
  'industrie-4-0-richting-bewaken': { dimensions: ['leadership'], why: 'keeping direction with a rolling plan and evaluation' },
  'ati-data-dashboard': { dimensions: ['data'], why: 'monitoring with reliable, up-to-date data' },
};

/** Not demo: the tags are the platform's own reading of the study's actors and cases. */
export const matchingSeed: SeedSet = {
  name: 'maturity-matching',
  async load(tx) {
    const actors = await tx.selectFrom('actors').select(['id', 'code']).execute();
    const actorRows = actors.flatMap((a) => (ACTOR_DIMENSIONS[a.code]?.dimensions ?? []).map((d) => ({ actor_id: a.id, dimension_code: d })));
    if (actorRows.length) await tx.insertInto('actor_dimensions').values(actorRows).onConflict((oc) => oc.doNothing()).execute();
    const cases = await tx.selectFrom('cases').select(['id', 'code']).execute();
    const caseRows = cases.flatMap((c) => (CASE_DIMENSIONS[c.code]?.dimensions ?? []).map((d) => ({ case_id: c.id, dimension_code: d })));
    if (caseRows.length) await tx.insertInto('case_dimensions').values(caseRows).onConflict((oc) => oc.doNothing()).execute();
  },
};
