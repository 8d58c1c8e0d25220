import type { VisionSection } from '../../../db/schema-vision.js';

type Texts = { nl: string; en: string };

/**
 * The demo vision's text, grounded in the study (its "why", the five pillars of transition
 * steering and the overarching principles; Management summary, Part 1 ch. 3-4, Part 3 ch. 1).
 * Written for the demo, not quoted from the study. Round 1 is the first draft; round 2 takes
 * in the demo comments of round 1.
 */
export const ROUND1: Record<VisionSection, Texts> = {
  why: {
    nl: 'Digitale technologie raakt vandaag elke schakel van de culturele waardeketen: hoe werk gemaakt wordt, hoe het bewaard wordt en hoe het publiek het ontdekt en beleeft. De visienota van 2017 zette een eerste stap, maar kreeg weinig draagvlak en legde niet uit waarom de sector zou veranderen (studie, Deel 1, 1).\n\nWie nu niet mee verandert, verliest publiek, collecties die niet vindbaar zijn en geld aan losse projecten die niet samen opschalen. Daarom willen we samen de urgentie zichtbaar maken en een gedeelde richting kiezen.',
    en: 'Digital technology now touches every link of the cultural value chain: how work is made, how it is kept and how audiences discover and experience it. The 2017 vision paper was a first step, but it had little support and did not explain why the sector should change (study, Part 1, 1).\n\nWhoever does not change now loses audiences, keeps collections nobody can find, and spends money on separate projects that never scale up together. That is why we want to make the urgency visible together and choose a shared direction.',
  },
  desired_state: {
    nl: 'In 2050 is digitaal werken in de Vlaamse cultuursector even vanzelfsprekend als een zaal of een depot. Organisaties delen een betrouwbare basisinfrastructuur, hun collecties en programma\'s zijn open en vindbaar, en elke medewerker heeft de vaardigheden om digitaal te creëren en te verbinden.',
    en: 'By 2050, working digitally is as natural to the Flemish cultural sector as a venue or a storage depot. Organisations share a reliable basic infrastructure, their collections and programmes are open and findable, and every member of staff has the skills to create and connect digitally.',
  },
  principles: {
    nl: 'We vertrekken van de gebruikers, werken samen over subsectoren heen, scheiden strategische en technische rollen, sturen op impact en niet op output, en maken de lange termijn tastbaar met acties op korte termijn (studie, Deel 3, 1).',
    en: 'We start from the users, work together across subsectors, keep strategic and technical roles apart, steer on impact rather than output, and make the long term tangible with short-term actions (study, Part 3, 1).',
  },
};

export const ROUND2: Record<VisionSection, Texts> = {
  why: {
    nl: 'Digitale technologie raakt vandaag elke schakel van de culturele waardeketen: creatie, bewaring, spreiding en beleving. De visienota van 2017 zette een eerste stap, maar kreeg weinig draagvlak in de sector en legde niet uit waarom verandering nodig is (studie, Deel 1, 1).\n\nZonder gedeelde richting blijven we geld en energie steken in losse projecten die niet samen opschalen, blijven collecties onvindbaar en verliezen we publiek aan wie het digitaal wel goed doet. Digitale transformatie is geen doel op zich: het is de weg om ook morgen betekenisvol te zijn voor ons publiek, in elke subsector en elke regio.\n\nDeze visie schrijven we daarom samen met de sector, in open ronden, zodat ze gedragen wordt door wie ze moet waarmaken.',
    en: 'Digital technology now touches every link of the cultural value chain: creation, preservation, distribution and experience. The 2017 vision paper was a first step, but it had little support in the sector and did not explain why change is needed (study, Part 1, 1).\n\nWithout a shared direction we keep putting money and energy into separate projects that never scale up together, collections stay hard to find and we lose audiences to those who do digital well. Digital transformation is not a goal in itself: it is the way to stay meaningful to our audiences tomorrow, in every subsector and every region.\n\nThat is why we write this vision together with the sector, in open rounds, so that it is carried by those who have to make it happen.',
  },
  desired_state: {
    nl: 'In 2050 is digitaal werken in de Vlaamse cultuursector even vanzelfsprekend als een zaal of een depot.\n\n- Organisaties delen een betrouwbare, open basisinfrastructuur (standaarden, aggregatie, duurzame bewaring) en bouwen daar zelf op verder.\n- Collecties, programma\'s en kennis zijn open, vindbaar en herbruikbaar, met respect voor rechten en privacy.\n- Elke organisatie, ook de kleinste, heeft de vaardigheden en het leiderschap om digitaal te creëren, te verbinden en te leren.\n- De sector experimenteert voortdurend, deelt wat lukt en wat mislukt, en schaalt samen op wat werkt.',
    en: 'By 2050, working digitally is as natural to the Flemish cultural sector as a venue or a storage depot.\n\n- Organisations share a reliable, open basic infrastructure (standards, aggregation, long-term preservation) and build on it themselves.\n- Collections, programmes and knowledge are open, findable and reusable, with respect for rights and privacy.\n- Every organisation, including the smallest, has the skills and the leadership to create, connect and learn digitally.\n- The sector experiments all the time, shares what works and what fails, and scales up together what works.',
  },
  principles: {
    nl: '- Gebruikers eerst: huidige, nieuwe en toekomstige publieken zijn het vertrekpunt.\n- Samen, ook over subsectoren en beleidsdomeinen heen.\n- Strategische en technische rollen apart houden, elk met duidelijke trekkers en ontzorgers.\n- Sturen op impact, niet op het aantal gedigitaliseerde stukken.\n- Van lange termijn naar korte termijn: elke actielijn hoort bij een transitiepad.\n- Een systeemblik: de aanbevelingen werken alleen samen (studie, Deel 3, 1).',
    en: '- Users first: current, new and future audiences are the starting point.\n- Together, also across subsectors and policy domains.\n- Keep strategic and technical roles apart, each with clear drivers and relief providers.\n- Steer on impact, not on the number of items digitised.\n- From long term to short term: every action line belongs to a transition path.\n- A system view: the recommendations only work together (study, Part 3, 1).',
  },
};

export const INTRO1: Texts = {
  nl: 'Eerste ronde: reageer op de ontwerptekst. Alle reacties krijgen een antwoord van het transitieteam voor de volgende ronde opent.',
  en: 'First round: respond to the draft text. Every comment gets an answer from the transition team before the next round opens.',
};
export const INTRO2: Texts = {
  nl: 'Tweede ronde: de tekst is aangepast aan de reacties van de eerste ronde. Reageer per onderdeel en onderschrijf als eigenaar van een organisatie de versie die je steunt.',
  en: 'Second round: the text takes in the comments of the first round. Comment per section and, as the owner of an organisation, endorse the version you support.',
};
