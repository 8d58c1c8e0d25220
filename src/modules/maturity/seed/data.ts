import { txt, type SeedDimension } from './content.js';

export const DATA: SeedDimension = {
  code: 'data',
  source: 'Deel 3, 2.4 (Aanbeveling 4: definitie van Rick Maes, "sturen met/van informatie"); Deel 3, 2.2 (Aanbeveling 2: monitoring en nulmeting); Deel 1, 1 (advies SARC: aandacht voor privacy)',
  name: txt('Sturen met data', 'Steering with data'),
  description: txt(
    'Hoe je gegevens over publiek, aanbod en werking verzamelt, beschermt en gebruikt om beslissingen te nemen, met respect voor de privacy van de mensen over wie het gaat.',
    'How you collect, protect and use data about audiences, offer and operations to make decisions, respecting the privacy of the people concerned.',
  ),
  meanings: [
    txt('Er worden af en toe cijfers bekeken, meestal wanneer een subsidiegever of partner erom vraagt.',
      'Figures are looked at now and then, usually when a funder or partner asks for them.'),
    txt('Een aantal cijfers wordt geregeld verzameld, maar ze zitten in losse bestanden en worden zelden samen besproken.',
      'Some figures are collected regularly, but they sit in separate files and are rarely discussed together.'),
    txt('Je hebt afgesproken welke gegevens je verzamelt, waarom en hoe je ze beschermt; je leeft de privacywet (AVG) na en bespreekt kerncijfers op vaste momenten.',
      'You have agreed which data you collect, why and how you protect it; you comply with the privacy law (GDPR) and discuss key figures at set moments.'),
    txt('Beslissingen over aanbod, publiek en middelen steunen aantoonbaar op data; je combineert bronnen en volgt doelen op in een overzicht of dashboard.',
      'Decisions on offer, audiences and resources demonstrably rest on data; you combine sources and track goals in an overview or dashboard.'),
    txt('Je deelt gegevens, anoniem of als open data, met sector en partners, werkt mee aan gemeenschappelijke indicatoren en gaat open en ethisch om met data.',
      'You share data, anonymised or as open data, with the sector and partners, help build shared indicators and handle data openly and ethically.'),
  ],
  steps: [
    [
      txt('Kies drie vragen die je met cijfers beantwoord wilt zien, zoals wie er komt en hoe men je vond.',
        'Choose three questions you want answered with figures, such as who comes and how people found you.'),
      txt('Zoek uit welke gegevens je al hebt in ticketing, websitestatistieken of ledenlijsten.', 'Find out which data you already have in ticketing, website statistics or member lists.'),
    ],
    [
      txt('Breng je kerncijfers samen op één plek en bespreek ze minstens twee keer per jaar met het team.',
        'Bring your key figures together in one place and discuss them with the team at least twice a year.'),
      txt('Maak een overzicht van welke persoonsgegevens je bijhoudt en waar ze staan.', 'Make an overview of which personal data you keep and where it is stored.'),
    ],
    [
      txt('Stel een verwerkingsregister op en een privacyverklaring voor je publiek, zoals de AVG vraagt.',
        'Draw up a record of processing activities and a privacy notice for your audience, as the GDPR requires.'),
      txt('Sluit een verwerkersovereenkomst met leveranciers die persoonsgegevens voor jou beheren, zoals je ticketing- of nieuwsbriefdienst.',
        'Sign a data processing agreement with suppliers who manage personal data for you, such as your ticketing or newsletter service.'),
      txt('Leg vast welke kerncijfers je opvolgt, wie ze verzamelt en wanneer ze besproken worden.', 'Agree which key figures you track, who collects them and when they are discussed.'),
    ],
    [
      txt('Bouw een eenvoudig dashboard dat je kerncijfers naast je doelen toont.', 'Build a simple dashboard that shows your key figures next to your goals.'),
      txt('Ga na elke grote beslissing na of de gegevens die je gebruikte klopten en volstonden.', 'After each major decision, check whether the data you used was right and sufficient.'),
    ],
    [
      txt('Deel geanonimiseerde cijfers of open data met je sector of een onderzoekspartner.', 'Share anonymised figures or open data with your sector or a research partner.'),
      txt('Werk mee aan gemeenschappelijke indicatoren, zoals de KPI\'s van de transitieruimte.', 'Contribute to shared indicators, such as the transition space\'s KPIs.'),
    ],
  ],
  questions: [
    {
      code: 'data-key-figures', quickScan: true,
      text: txt('We verzamelen regelmatig kerncijfers over ons publiek en onze werking, zoals bereik, bezoek, deelnemers en verkoop.',
        'We regularly collect key figures about our audience and our work, such as reach, visits, participants and sales.'),
      help: txt('Kerncijfers zijn de paar getallen die zeggen of je je doelen haalt. Niveau 3 betekent dat vastligt welke cijfers, wie ze verzamelt en wanneer.',
        'Key figures are the few numbers that tell you whether you reach your goals. Level 3 means it is agreed which figures, who collects them and when.'),
    },
    {
      code: 'data-decisions',
      text: txt('We gebruiken die cijfers bij beslissingen over programma, aanbod, communicatie en middelen.',
        'We use those figures in decisions about programme, offer, communication and resources.'),
      help: txt('Het gaat om meer dan rapporteren aan een subsidiegever: cijfers worden besproken voor een beslissing valt.',
        'This is about more than reporting to a funder: figures are discussed before a decision is made.'),
    },
    {
      code: 'data-privacy', quickScan: true, criticalFrom: 3,
      text: txt('We weten welke persoonsgegevens we verwerken, waarom en op welke rechtsgrond; we houden een verwerkingsregister bij en informeren mensen in een privacyverklaring.',
        'We know which personal data we process, why and on what legal basis; we keep a record of processing activities and inform people in a privacy notice.'),
      help: txt('De AVG (in het Engels GDPR) is de Europese privacywet. Een verwerkingsregister is een overzicht van welke persoonsgegevens je bijhoudt, waarvoor, hoelang en wie erbij kan. Kritisch item: zolang dit item onder niveau 3 staat, komt de dimensie "Sturen met data" niet hoger uit dan niveau 2, hoe goed de andere antwoorden ook zijn.',
        'The GDPR is the European privacy law. A record of processing activities is an overview of which personal data you keep, what for, how long and who can access it. Critical item: as long as this item is below level 3, the dimension "Steering with data" comes out no higher than level 2, however good the other answers are.'),
    },
    {
      code: 'data-combined-view',
      text: txt('Gegevens uit verschillende systemen, zoals ticketing, website, nieuwsbrief en ledenbestand, kunnen we samen bekijken.',
        'We can look at data from different systems, such as ticketing, website, newsletter and membership list, together.'),
      help: txt('Samen bekijken kan met een gedeeld rekenblad, een rapport of een dashboard. Het doel is één beeld van je publiek en werking, niet vijf losse.',
        'Looking at them together can be done with a shared spreadsheet, a report or a dashboard. The aim is one picture of your audience and work, not five separate ones.'),
    },
    {
      code: 'data-targets',
      text: txt('We stellen meetbare doelen en volgen ze op in een overzicht of dashboard.', 'We set measurable goals and track them in an overview or dashboard.'),
      help: txt('Een meetbaar doel zegt hoeveel en tegen wanneer, bijvoorbeeld "20 % meer online bezoekers in twee jaar". Zonder vertrekpunt (nulmeting) kun je vooruitgang niet zien.',
        'A measurable goal says how much and by when, for example "20% more online visitors in two years". Without a starting point (baseline) you cannot see progress.'),
    },
    {
      code: 'data-quality',
      text: txt('We zorgen dat onze gegevens juist, volledig en actueel zijn, en het is duidelijk wie daarvoor verantwoordelijk is.',
        'We make sure our data is correct, complete and up to date, and it is clear who is responsible for that.'),
      help: txt('Denk aan dubbele adressen, verouderde contactgegevens of cijfers die elk jaar anders geteld worden.',
        'Think of duplicate addresses, outdated contact details or figures that are counted differently every year.'),
    },
    {
      code: 'data-sharing',
      text: txt('We delen gegevens met sector, partners of onderzoekers, anoniem of als open data, volgens duidelijke afspraken.',
        'We share data with the sector, partners or researchers, anonymised or as open data, under clear agreements.'),
      help: txt('Open data zijn gegevens die iedereen vrij mag hergebruiken, zoals je activiteitenaanbod of collectiebeschrijvingen. Persoonsgegevens deel je nooit open.',
        'Open data is data that anyone may reuse freely, such as your activity listings or collection descriptions. Personal data is never shared openly.'),
    },
  ],
};
