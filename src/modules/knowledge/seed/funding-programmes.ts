import type { FundingKind, FundingProgramme } from '../../../db/schema-knowledge.js';
import type { SeedSet } from '../../../seed/seed-sets.js';

interface Programme {
  code: string; kind: FundingKind; programme: FundingProgramme; title: [string, string]; summary: [string, string];
  provider: string; actor: string | null; url: string; dimensions: string[]; pillars: number[]; source: string;
}

/**
 * Well-known programmes and networks the study points to (R5.1, R5.2, Part 2 2.1.6), described in
 * our own words, with the study section that names them. No dates or amounts: those change per
 * call and are published by the programmes themselves.
 */
const PROGRAMMES: Programme[] = [
  { code: 'creative-europe-culture', kind: 'funding', programme: 'creative_europe', actor: 'creative-europe-desk', provider: 'Europese Commissie (Creative Europe), met de Creative Europe Desk Vlaanderen',
    title: ['Creative Europe – onderdeel Cultuur', 'Creative Europe – Culture strand'],
    summary: ['Europees programma dat samenwerkingsprojecten, netwerken en platformen in de culturele en creatieve sectoren steunt, ook rond digitale vernieuwing. De Creative Europe Desk Vlaanderen informeert en begeleidt aanvragers.', 'European programme that supports cooperation projects, networks and platforms in the cultural and creative sectors, digital innovation included. The Creative Europe Desk Flanders informs and guides applicants.'],
    url: 'https://culture.ec.europa.eu/creative-europe', dimensions: ['value', 'audience'], pillars: [2, 3], source: 'Deel 3, 2.5 (Aanbeveling 5.1); Deel 2, 4.2 (Leerlessen)' },
  { code: 'creative-europe-innovation-lab', kind: 'funding', programme: 'creative_europe', actor: 'creative-europe-desk', provider: 'Europese Commissie (Creative Europe, sectoroverschrijdend)',
    title: ['Creative Europe – Innovation Lab (sectoroverschrijdend)', 'Creative Europe – Innovation Lab (cross-sectoral)'],
    summary: ['Sectoroverschrijdend onderdeel van Creative Europe voor vernieuwende digitale oplossingen die verschillende culturele en creatieve sectoren samen ontwikkelen.', 'Cross-sectoral part of Creative Europe for innovative digital solutions developed jointly by several cultural and creative sectors.'],
    url: 'https://culture.ec.europa.eu/creative-europe', dimensions: ['value', 'operations', 'infrastructure'], pillars: [2], source: 'Deel 3, 2.5 (Aanbeveling 5.1); Deel 3, 2.3 (Aanbeveling 3: cross-sectorale samenwerking)' },
  { code: 'europeana-network-association', kind: 'network', programme: 'europeana', actor: 'europeana', provider: 'Europeana',
    title: ['Europeana Network Association', 'Europeana Network Association'],
    summary: ['Open netwerk van professionals uit erfgoed, onderwijs en onderzoek rond Europeana. Leden delen kennis, werken mee in werkgroepen en volgen opleidingen en webinars, onder meer over rechten en impact.', 'Open network of professionals from heritage, education and research around Europeana. Members share knowledge, join working groups and follow training and webinars, among others on rights and impact.'],
    url: 'https://pro.europeana.eu/network-association', dimensions: ['infrastructure', 'data', 'leadership'], pillars: [3, 4], source: 'Deel 2, 2.1.1 (Box 4: Europeana); Deel 3, 2.5 (Aanbeveling 5.1)' },
  { code: 'digital-europe', kind: 'funding', programme: 'digital_europe', actor: null, provider: 'Europese Commissie (Digital Europe)',
    title: ['Digital Europe', 'Digital Europe'],
    summary: ['Europees programma dat digitale capaciteit opbouwt: data- en cloudinfrastructuur, artificiële intelligentie, cyberveiligheid en digitale vaardigheden, met onder meer een gemeenschappelijke dataruimte voor cultureel erfgoed.', 'European programme that builds digital capacity: data and cloud infrastructure, artificial intelligence, cybersecurity and digital skills, including a common data space for cultural heritage.'],
    url: 'https://digital-strategy.ec.europa.eu/en/activities/digital-programme', dimensions: ['infrastructure', 'data', 'leadership'], pillars: [2, 4], source: 'Deel 3, 2.5 (Aanbeveling 5.1: Europese opportuniteiten)' },
  { code: 'horizon-europe-cluster-2', kind: 'funding', programme: 'horizon_europe', actor: null, provider: 'Europese Commissie (Horizon Europe)',
    title: ['Horizon Europe – Cluster 2: Cultuur, creativiteit en inclusieve samenleving', 'Horizon Europe – Cluster 2: Culture, creativity and inclusive society'],
    summary: ['Onderzoeks- en innovatieprogramma met oproepen rond cultureel erfgoed, culturele en creatieve sectoren en hun digitale transformatie, voor consortia van onderzoekers en praktijkorganisaties.', 'Research and innovation programme with calls on cultural heritage, the cultural and creative sectors and their digital transformation, for consortia of researchers and practice organisations.'],
    url: 'https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/funding-programmes-and-open-calls/horizon-europe_en', dimensions: ['data', 'audience', 'value'], pillars: [2, 3], source: 'Deel 1, 1 (Europese context: H2020-oproepen Digital Transformations); Deel 3, 2.5 (Aanbeveling 5.1)' },
  { code: 'efro-vlaanderen', kind: 'funding', programme: 'eu_structural', actor: 'vlaio', provider: 'VLAIO (beheerder van EFRO in Vlaanderen)',
    title: ['EFRO Vlaanderen (Europees Fonds voor Regionale Ontwikkeling)', 'ERDF Flanders (European Regional Development Fund)'],
    summary: ['Europees structuurfonds, in Vlaanderen beheerd door VLAIO, met onder meer onderzoek en ontwikkeling, innovatie en digitalisering als thema.', 'European structural fund, managed in Flanders by VLAIO, with research and development, innovation and digitisation among its themes.'],
    url: 'https://www.vlaio.be/nl/subsidies-financiering/efro', dimensions: ['infrastructure', 'operations'], pillars: [2], source: 'Deel 3, 2.5 (Aanbeveling 5.1: Europese structuurfondsen)' },
  { code: 'esf-vlaanderen', kind: 'funding', programme: 'eu_structural', actor: 'esf-agentschap', provider: 'ESF-agentschap Vlaanderen',
    title: ['ESF Vlaanderen (Europees Sociaal Fonds)', 'ESF Flanders (European Social Fund)'],
    summary: ['Europees structuurfonds voor werk en vaardigheden, in Vlaanderen beheerd door het ESF-agentschap; vaardigheden voor de toekomst, ook digitale, zijn een belangrijk thema.', 'European structural fund for work and skills, managed in Flanders by the ESF agency; skills for the future, digital ones included, are an important theme.'],
    url: 'https://www.esf-vlaanderen.be', dimensions: ['leadership'], pillars: [2, 3], source: 'Deel 3, 2.5 (Aanbeveling 5.1: Europese structuurfondsen)' },
  { code: 'creative-europe-desk-vlaanderen', kind: 'network', programme: 'creative_europe', actor: 'creative-europe-desk', provider: 'Creative Europe Desk Vlaanderen',
    title: ['Creative Europe Desk Vlaanderen', 'Creative Europe Desk Flanders'],
    summary: ['Informatie- en adviespunt dat Vlaamse culturele organisaties wegwijs maakt in Europese financiering en partners helpt vinden.', 'Information and advice point that guides Flemish cultural organisations through European funding and helps them find partners.'],
    url: 'https://www.creativeeuropedesk.be', dimensions: ['leadership'], pillars: [3], source: 'Deel 2, 4.2 (Leerlessen); Deel 3, 2.5 (Aanbeveling 5.1)' },
  { code: 'dcjm-projectsubsidies', kind: 'funding', programme: 'flemish', actor: 'dcjm', provider: 'Departement Cultuur, Jeugd en Media',
    title: ['Projectsubsidies cultuur', 'Project grants for culture'],
    summary: ['Vlaamse projectsubsidies die ook digitale projecten toelaten, zonder specifieke digitale focus. De studie raadt aan ze te koppelen aan gedeelde standaarden en infrastructuur.', 'Flemish project grants that also accept digital projects, without a specific digital focus. The study recommends tying them to shared standards and infrastructure.'],
    url: 'https://www.vlaanderen.be/cjm', dimensions: ['value', 'infrastructure'], pillars: [2], source: 'Deel 1, 3 (Doorlichting huidig beleidsinstrumentarium); Deel 3, 2.3 (Aanbeveling 3.1)' },
  { code: 'dcjm-innovatieve-partnerschappen', kind: 'funding', programme: 'flemish', actor: 'dcjm', provider: 'Departement Cultuur, Jeugd en Media',
    title: ['Subsidies voor innovatieve partnerschappen', 'Grants for innovative partnerships'],
    summary: ['Vlaamse subsidies voor projecten waarin cultuurorganisaties samenwerken met partners uit andere sectoren; ook digitale projecten kunnen indienen.', 'Flemish grants for projects in which cultural organisations work with partners from other sectors; digital projects may also apply.'],
    url: 'https://www.vlaanderen.be/cjm', dimensions: ['value', 'operations'], pillars: [2, 3], source: 'Deel 1, 3 (Doorlichting huidig beleidsinstrumentarium); Deel 3, 2.3 (Aanbeveling 3.1)' },
  { code: 'dcjm-residenties-digitale-cultuur', kind: 'funding', programme: 'flemish', actor: 'dcjm', provider: 'Departement Cultuur, Jeugd en Media',
    title: ['Residenties digitale cultuur', 'Digital culture residencies'],
    summary: ['Toelage voor Vlaamse makers en onderzoekers voor een residentie op het snijvlak van kunst, cultuur en technologie bij een buitenlandse partner.', 'Grant for Flemish makers and researchers for a residency at the crossroads of art, culture and technology with a partner abroad.'],
    url: 'https://www.vlaanderen.be/cjm', dimensions: ['value', 'audience'], pillars: [2], source: 'Deel 1, 3 (Doorlichting huidig beleidsinstrumentarium); Deel 3, 2.4 (Aanbeveling 4.2)' },
  { code: 'vlaio-icon', kind: 'funding', programme: 'flemish', actor: 'vlaio', provider: 'VLAIO, met imec voor imec.icon',
    title: ['ICON-projecten (coöperatief vraaggedreven onderzoek)', 'ICON projects (cooperative demand-driven research)'],
    summary: ['Vlaamse steun voor onderzoek waarin wetenschappers samen met bedrijven en social-profitorganisaties digitale toepassingen ontwikkelen, met cofinanciering door de deelnemers.', 'Flemish support for research in which scientists develop digital applications together with companies and social-profit organisations, co-funded by the participants.'],
    url: 'https://www.vlaio.be/nl/subsidies-financiering/icon', dimensions: ['data', 'value'], pillars: [2], source: 'Deel 2, 2.1.6 (Bestaande beleidsinstrumenten voor experiment, innovatie en cross-sectorale samenwerking)' },
  { code: 'relanceplan-digitalisering', kind: 'funding', programme: 'flemish', actor: 'ewi', provider: 'Departement Economie, Wetenschap en Innovatie',
    title: ['Vlaams relanceplan: digitalisering', 'Flemish recovery plan: digitisation'],
    summary: ['Een deel van het Vlaamse relanceplan gaat naar digitale transformatie, grotendeels via EWI. De studie raadt aan te verkennen hoe de cultuursector daarvan kan profiteren.', 'Part of the Flemish recovery plan goes to digital transformation, largely through EWI. The study recommends exploring how the cultural sector can benefit from it.'],
    url: 'https://www.ewi-vlaanderen.be', dimensions: ['infrastructure'], pillars: [2, 4], source: 'Deel 3, 2.5 (Aanbeveling 5.2)' },
];

export const fundingProgrammesSeed: SeedSet = {
  name: 'funding-programmes',
  async load(tx) {
    const actors = new Map((await tx.selectFrom('actors').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
    await tx.insertInto('funding_opportunities').values(PROGRAMMES.map((p) => ({
      code: p.code, kind: p.kind, programme: p.programme, title_nl: p.title[0], title_en: p.title[1],
      // The study section goes with the summary, as every seeded fact carries its source.
      summary_nl: `${p.summary[0]} (Bron: studie, ${p.source}.)`, summary_en: `${p.summary[1]} (Source: study, ${p.source}.)`,
      provider_name: p.provider, provider_actor_id: p.actor ? actors.get(p.actor) ?? null : null, url: p.url,
      dimension_codes: p.dimensions, pillars: p.pillars, subsectors: [],
    }))).execute();
  },
};
