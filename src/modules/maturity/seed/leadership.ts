import { txt, type SeedDimension } from './content.js';

export const LEADERSHIP: SeedDimension = {
  code: 'leadership',
  source: 'Deel 1, 3 (gebrek aan digitale competenties, vooral op managementniveau; opleiding digitaal leiderschap); Deel 3, 2.4 (Aanbeveling 4.1: digitale competentie-ontwikkeling als strategische prioriteit; Aanbeveling 4.2: palet aan leerkansen)',
  name: txt('Leiderschap en vaardigheden', 'Leadership and skills'),
  description: txt(
    'Hoe de leiding digitale transformatie een plaats geeft in visie, strategie en budget, en hoe medewerkers en vrijwilligers de digitale vaardigheden krijgen die ze nodig hebben.',
    'How the leadership gives digital transformation a place in vision, strategy and budget, and how staff and volunteers gain the digital skills they need.',
  ),
  meanings: [
    txt('Digitalisering hangt af van de interesse van enkele enthousiastelingen; de leiding volgt het eerder van op afstand.',
      'Digitisation depends on the interest of a few enthusiasts; the leadership follows it rather from a distance.'),
    txt('De leiding steunt digitale initiatieven en maakt er af en toe tijd of geld voor vrij, maar zonder uitgeschreven visie of plan.',
      'The leadership supports digital initiatives and sometimes frees up time or money for them, but without a written vision or plan.'),
    txt('Er is een digitale strategie als deel van het beleidsplan, met een verantwoordelijke, budget en een opleidingsplan voor het team.',
      'There is a digital strategy as part of the policy plan, with someone responsible, a budget and a training plan for the team.'),
    txt('De leiding volgt de digitale strategie op met doelen en indicatoren, meet de vaardigheden van het team geregeld en stuurt het leeraanbod bij.',
      'The leadership follows up the digital strategy with goals and indicators, regularly measures the team\'s skills and adjusts the learning offer.'),
    txt('Je organisatie is een digitale voortrekker: de leiding inspireert anderen, je deelt kennis in netwerken en leert voortdurend van partners binnen en buiten de sector.',
      'Your organisation is a digital front-runner: the leadership inspires others, you share knowledge in networks and keep learning from partners inside and outside the sector.'),
  ],
  steps: [
    [
      txt('Laat de leiding een inspiratiesessie bijwonen of een organisatie bezoeken die digitaal verder staat.',
        'Have the leadership attend an inspiration session or visit an organisation that is further ahead digitally.'),
      txt('Duid iemand aan die digitale vragen verzamelt en het aanspreekpunt is.', 'Appoint someone who collects digital questions and is the point of contact.'),
    ],
    [
      txt('Zet digitalisering minstens één keer per jaar op de agenda van directie of raad van bestuur.',
        'Put digitisation on the agenda of the management or board at least once a year.'),
      txt('Breng in kaart welke digitale vaardigheden het team heeft en welke ontbreken.', 'Map which digital skills the team has and which are missing.'),
    ],
    [
      txt('Schrijf een digitale strategie als deel van je beleidsplan, met doelen, een verantwoordelijke en budget.',
        'Write a digital strategy as part of your policy plan, with goals, someone responsible and a budget.'),
      txt('Stel een opleidingsplan op en laat leidinggevenden een opleiding digitaal leiderschap volgen.',
        'Draw up a training plan and have managers take a course in digital leadership.'),
      txt('Geef medewerkers tijd om te leren en te experimenteren binnen hun werkuren.', 'Give staff time to learn and experiment within their working hours.'),
    ],
    [
      txt('Volg de doelen van je digitale strategie op met enkele indicatoren en bespreek ze in het bestuur.',
        'Track the goals of your digital strategy with a few indicators and discuss them in the board.'),
      txt('Herhaal de meting van vaardigheden jaarlijks en stuur het opleidingsplan bij.', 'Repeat the skills assessment every year and adjust the training plan.'),
    ],
    [
      txt('Neem deel aan peer-learning met andere organisaties of organiseer het zelf.', 'Take part in peer learning with other organisations or organise it yourself.'),
      txt('Treed op als mentor, gastspreker of coach voor organisaties die minder ver staan.', 'Act as a mentor, guest speaker or coach for organisations that are less far along.'),
    ],
  ],
  questions: [
    {
      code: 'leadership-vision', quickScan: true,
      text: txt('Onze leiding heeft een duidelijke visie op wat digitalisering betekent voor onze missie en ons publiek, en draagt die uit.',
        'Our leadership has a clear view of what digitisation means for our mission and our audience, and communicates it.'),
      help: txt('Leiding betekent hier directie en bestuur, of in een kleine organisatie de coördinator en het kernteam. Digitalisering is een middel, geen doel op zich: de visie zegt waarvoor je het inzet.',
        'Leadership here means management and board, or in a small organisation the coordinator and core team. Digitisation is a means, not an end: the vision says what you use it for.'),
    },
    {
      code: 'leadership-strategy',
      text: txt('We hebben een digitale strategie of een digitaal luik in ons beleidsplan, met doelen, verantwoordelijken en budget.',
        'We have a digital strategy or a digital section in our policy plan, with goals, people responsible and a budget.'),
      help: txt('Een digitale strategie hoeft niet lang te zijn. Belangrijk is dat ze zegt wat je wilt bereiken, wie eraan werkt en met welke middelen.',
        'A digital strategy does not need to be long. What matters is that it says what you want to achieve, who works on it and with what resources.'),
    },
    {
      code: 'leadership-governance',
      text: txt('Digitalisering staat geregeld op de agenda van directie en raad van bestuur.',
        'Digitisation is regularly on the agenda of management and the board.'),
      help: txt('Niveau 4 betekent dat het bestuur de voortgang opvolgt met een paar indicatoren en daarop bijstuurt.',
        'Level 4 means the board tracks progress with a few indicators and adjusts course on that basis.'),
    },
    {
      code: 'leadership-skills-overview', quickScan: true,
      text: txt('We weten welke digitale vaardigheden ons team, vrijwilligers inbegrepen, heeft en welke nog ontbreken.',
        'We know which digital skills our team, volunteers included, has and which are still missing.'),
      help: txt('Dat kan met een korte bevraging of een gesprek per team. Het gaat zowel om basisvaardigheden als om specialistische kennis, zoals data, rechten of online publiekswerking.',
        'This can be done with a short survey or a conversation per team. It covers both basic skills and specialist knowledge, such as data, rights or online audience work.'),
    },
    {
      code: 'leadership-learning',
      text: txt('Medewerkers en vrijwilligers krijgen tijd en middelen om digitale vaardigheden op te bouwen, via opleiding, workshops of leren van collega\'s.',
        'Staff and volunteers get time and resources to build digital skills, through training, workshops or learning from colleagues.'),
      help: txt('Leren kan op veel manieren: een opleiding, een webinar, een residentie, een bezoek aan een andere organisatie of samen een proeftuin opzetten.',
        'Learning can happen in many ways: a course, a webinar, a residency, a visit to another organisation or setting up a living lab together.'),
    },
    {
      code: 'leadership-roles',
      text: txt('Digitale taken en verantwoordelijkheden zijn duidelijk verdeeld, en kennis zit niet bij één persoon.',
        'Digital tasks and responsibilities are clearly divided, and knowledge does not sit with one person.'),
      help: txt('Vraag je af wat er gebeurt als de persoon die "alles van computers weet" morgen vertrekt.',
        'Ask yourself what happens if the person who "knows everything about computers" leaves tomorrow.'),
    },
    {
      code: 'leadership-culture',
      text: txt('Bij ons is er ruimte om met digitale middelen te experimenteren en van mislukkingen te leren.',
        'We have room to experiment with digital means and to learn from failures.'),
      help: txt('Een teken van niveau 3 of hoger: mislukte proeven worden besproken en de lessen worden opgeschreven, niet weggemoffeld.',
        'A sign of level 3 or higher: failed trials are discussed and the lessons are written down, not swept under the carpet.'),
    },
    {
      code: 'leadership-networks',
      text: txt('We leren van andere organisaties en steunpunten, en delen zelf onze digitale ervaringen in netwerken of peer-learning.',
        'We learn from other organisations and support bodies, and share our own digital experience in networks or peer learning.'),
      help: txt('Peer-learning is leren van gelijken: organisaties die elkaars aanpak bekijken en elkaar raad geven.',
        'Peer learning is learning from peers: organisations that look at each other\'s approach and give each other advice.'),
    },
  ],
};
