import { txt, type SeedDimension } from './content.js';

export const OPERATIONS: SeedDimension = {
  code: 'operations',
  source: 'Deel 3, 2.4 (Aanbeveling 4: definitie van Rick Maes, "operationele processen"); Deel 1, 1 (pre-analyse met AIV over het ontzorgen van operationele processen, juli 2020)',
  name: txt('Operationele processen', 'Operational processes'),
  description: txt(
    'Hoe digitaal je dagelijkse werking verloopt: samenwerken en plannen, administratie en financiën, het beheer van collectie of aanbod, en de afspraken en hulpmiddelen die dat dragen.',
    'How digital your day-to-day work is: working together and planning, administration and finance, managing your collection or offer, and the agreements and tools that support it.',
  ),
  meanings: [
    txt('Digitale hulpmiddelen worden per persoon gekozen; bestanden en informatie zitten verspreid over mailboxen, USB-sticks en persoonlijke mappen.',
      'Digital tools are chosen person by person; files and information are scattered over mailboxes, USB sticks and personal folders.'),
    txt('Teams gebruiken geregeld gedeelde digitale hulpmiddelen, maar elk op hun eigen manier en met veel dubbel werk.',
      'Teams regularly use shared digital tools, but each in their own way and with a lot of duplicated work.'),
    txt('Kernprocessen zijn beschreven en lopen via afgesproken, gedeelde systemen; informatie wordt één keer ingevoerd en is vindbaar voor wie ze nodig heeft.',
      'Core processes are described and run through agreed, shared systems; information is entered once and can be found by whoever needs it.'),
    txt('Je meet hoe vlot processen lopen (doorlooptijd, fouten, dubbel werk), automatiseert waar het loont en verbetert stap voor stap.',
      'You measure how smoothly processes run (lead time, errors, duplicated work), automate where it pays off and improve step by step.'),
    txt('Je deelt systemen of diensten met andere organisaties en draagt bij aan gemeenschappelijke oplossingen voor de sector.',
      'You share systems or services with other organisations and contribute to shared solutions for the sector.'),
  ],
  steps: [
    [
      txt('Zet gedeelde bestanden op één gemeenschappelijke plek in plaats van op persoonlijke schijven.', 'Put shared files in one common place instead of on personal drives.'),
      txt('Spreek af welke hulpmiddelen het team gebruikt voor agenda, berichten en documenten.', 'Agree which tools the team uses for calendars, messages and documents.'),
    ],
    [
      txt('Breng één kernproces, zoals een activiteit organiseren of een aankoop doen, stap voor stap in kaart en zoek het dubbele werk.',
        'Map one core process, such as organising an activity or making a purchase, step by step and look for duplicated work.'),
      txt('Maak sjablonen voor documenten en berichten die steeds terugkomen.', 'Make templates for documents and messages that keep coming back.'),
    ],
    [
      txt('Beschrijf je kernprocessen en leg vast welk systeem de bron is van welke informatie.', 'Describe your core processes and agree which system is the source of which information.'),
      txt('Laat systemen gegevens uitwisselen in plaats van ze over te typen, bijvoorbeeld tussen ticketing en boekhouding.',
        'Let systems exchange data instead of retyping it, for example between ticketing and accounting.'),
      txt('Geef nieuwe medewerkers en vrijwilligers een korte introductie in de afgesproken hulpmiddelen.', 'Give new staff and volunteers a short introduction to the agreed tools.'),
    ],
    [
      txt('Meet voor een paar processen hoeveel tijd ze kosten en waar fouten ontstaan, en stel verbeterdoelen.',
        'Measure for a few processes how much time they take and where errors arise, and set improvement goals.'),
      txt('Automatiseer één terugkerende taak en bekijk na drie maanden wat het oplevert.', 'Automate one recurring task and review after three months what it brings.'),
    ],
    [
      txt('Zoek met andere organisaties of een ontzorger, zoals Cultuurconnect of meemoo, naar een gedeelde oplossing.',
        'Look for a shared solution with other organisations or a relief provider such as Cultuurconnect or meemoo.'),
      txt('Deel je procesbeschrijvingen en sjablonen met de sector.', 'Share your process descriptions and templates with the sector.'),
    ],
  ],
  questions: [
    {
      code: 'operations-shared-workspace', quickScan: true,
      text: txt('Ons team werkt in gedeelde, afgesproken digitale omgevingen voor documenten, agenda\'s en taken, niet in persoonlijke mappen of mailboxen.',
        'Our team works in shared, agreed digital spaces for documents, calendars and tasks, not in personal folders or mailboxes.'),
      help: txt('Een gedeelde omgeving kan een gedeelde schijf, een samenwerkingsplatform of een projectbord zijn. Niveau 3 betekent dat iedereen weet wat waar hoort en dat het ook zo gebeurt.',
        'A shared space can be a shared drive, a collaboration platform or a project board. Level 3 means everyone knows what belongs where and it actually happens that way.'),
    },
    {
      code: 'operations-core-processes',
      text: txt('Onze kernprocessen, zoals programmatie, uitlening, inschrijvingen of productie, zijn beschreven en worden digitaal ondersteund.',
        'Our core processes, such as programming, lending, registrations or production, are described and supported digitally.'),
      help: txt('Een kernproces is werk dat steeds terugkomt en waar je organisatie om draait. Beschreven betekent: de stappen, wie wat doet en welk systeem daarbij hoort.',
        'A core process is recurring work that your organisation revolves around. Described means: the steps, who does what and which system goes with it.'),
    },
    {
      code: 'operations-single-entry',
      text: txt('Informatie wordt één keer ingevoerd en stroomt daarna door naar andere systemen, bijvoorbeeld van ticketing naar boekhouding of nieuwsbrief.',
        'Information is entered once and then flows on to other systems, for example from ticketing to accounting or the newsletter.'),
      help: txt('Overtypen kost tijd en veroorzaakt fouten. Een koppeling kan ook eenvoudig zijn: een vaste export en import op afgesproken momenten.',
        'Retyping costs time and causes errors. A link can be simple too: a regular export and import at agreed moments.'),
    },
    {
      code: 'operations-collection-management', notApplicable: true,
      text: txt('Ons collectie-, archief- of catalogusbeheer gebeurt in een gestructureerd digitaal systeem.',
        'We manage our collection, archive or catalogue in a structured digital system.'),
      help: txt('Bijvoorbeeld een collectiebeheersysteem, een archiefsysteem of een bibliotheeksysteem, in plaats van losse lijsten. Kies "niet van toepassing" als je geen collectie, archief of catalogus beheert.',
        'For example a collection management system, an archive system or a library system, rather than loose lists. Choose "not applicable" if you manage no collection, archive or catalogue.'),
    },
    {
      code: 'operations-administration',
      text: txt('Administratie, financiën en personeelszaken verlopen digitaal, met zo weinig mogelijk papier en overtypen.',
        'Administration, finance and HR are handled digitally, with as little paper and retyping as possible.'),
      help: txt('Denk aan facturen, onkostennota\'s, verlof, contracten en vrijwilligersvergoedingen.',
        'Think of invoices, expense claims, leave, contracts and volunteer allowances.'),
    },
    {
      code: 'operations-remote-work',
      text: txt('Medewerkers en vrijwilligers kunnen veilig samenwerken, ook van op afstand.',
        'Staff and volunteers can work together securely, also remotely.'),
      help: txt('Veilig betekent onder meer: toegang met persoonlijke accounts, geen gedeelde wachtwoorden en geen werkbestanden op privétoestellen zonder afspraken.',
        'Securely means, among other things: access with personal accounts, no shared passwords and no work files on private devices without agreements.'),
    },
    {
      code: 'operations-improvement',
      text: txt('We bekijken regelmatig hoe onze werkprocessen lopen en vereenvoudigen of automatiseren waar het loont.',
        'We regularly review how our work processes run and simplify or automate where it pays off.'),
      help: txt('Niveau 4 betekent dat je dat doet op basis van gegevens, zoals de tijd die een taak kost of hoe vaak iets fout loopt.',
        'Level 4 means you do this based on data, such as the time a task takes or how often something goes wrong.'),
    },
  ],
};
