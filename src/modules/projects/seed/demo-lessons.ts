import type { LessonOutcome } from '../../../db/schema-projects.js';

/** A demo lesson: every title starts with [demo], every text is fiction written for the demo. */
export interface DemoLesson {
  org: string;
  title: string; summary: string; whatWorked: string; whatFailed: string; details: string;
  publishDetails: boolean; outcome: LessonOutcome;
  pillars: number[]; challenges: number[]; dimensions: string[]; subsectors: string[]; technologies: string[];
  /** Days before the load date it was published. */
  publishedDaysAgo: number;
}

/** Lessons from organisations' own experiments and residencies (no project). */
export const ORGANISATION_LESSONS: DemoLesson[] = [
  {
    org: 'museum', title: '[demo] Collectiefoto\'s via IIIF: eerst de rechten, dan de viewer',
    summary: 'Tijdens een digitale residentie zetten we 4.000 collectiefoto\'s via IIIF online. De viewer was in twee weken klaar; de rechtenklaring duurde vijf maanden.',
    whatWorked: 'Een standaard IIIF-viewer uit de open-sourcegemeenschap in plaats van een maatwerkviewer. Partnerinstellingen konden onze beelden meteen in hun eigen omgeving tonen zonder kopieën te maken.',
    whatFailed: 'We begonnen met de techniek en niet met de rechten. Voor een derde van de foto\'s bleek de fotograaf onbekend of het contract onduidelijk, waardoor we ze na publicatie opnieuw moesten afschermen. Volgende keer maken we eerst een rechteninventaris.',
    details: 'Budget residentie: 18.000 euro, waarvan 11.000 aan juridisch advies. Beeldserver: Cantaloupe op een gedeelde server van de stad.',
    publishDetails: true, outcome: 'mixed', pillars: [3], challenges: [8], dimensions: ['infrastructure'], subsectors: ['heritage'], technologies: ['IIIF', 'beeldrechten'], publishedDaysAgo: 120,
  },
  {
    org: 'cc', title: '[demo] Een gedeelde publieksdatabank voor drie cultuurcentra',
    summary: 'Drie cultuurcentra legden hun publieksgegevens samen in één databank om beter te begrijpen wie waar komt. Het technische deel lukte; de afspraken over wie wat mag zien bleken het echte werk.',
    whatWorked: 'Met een eenvoudig gedeeld datamodel (bezoeker, voorstelling, aankoop) konden we na drie maanden al zien dat een kwart van ons publiek in meerdere centra komt. Dat veranderde onze programmatie-overleggen.',
    whatFailed: 'We onderschatten de privacyvragen: de toestemming die bezoekers bij het ticketsysteem gaven, dekte het delen tussen centra niet. We moesten het project drie maanden stilleggen voor een nieuwe verwerkingsovereenkomst en een aangepaste privacyverklaring.',
    details: 'Verwerkingsovereenkomst opgesteld met de DPO van de stad; pseudonimisering op postcode- en leeftijdsniveau.',
    publishDetails: false, outcome: 'mixed', pillars: [4], challenges: [10], dimensions: ['audience', 'data'], subsectors: ['libraries_cultural_centres'], technologies: ['publieksdata', 'AVG'], publishedDaysAgo: 95,
  },
  {
    org: 'literature', title: '[demo] Automatische transcriptie van auteursinterviews: goed genoeg voor zoeken, niet voor citeren',
    summary: 'We lieten 300 uur interviews met auteurs automatisch transcriberen. De tekst volstaat om te zoeken, maar niet om uit te citeren zonder nalezen.',
    whatWorked: 'Spraakherkenning maakte onze geluidsarchieven voor het eerst doorzoekbaar. Onderzoekers vinden nu fragmenten op trefwoord in plaats van uren te luisteren.',
    whatFailed: 'Dialecten, namen van auteurs en titels van boeken werden stelselmatig verkeerd herkend. Het nalezen kostte meer tijd dan gepland, en een vrijwilligersploeg bleek niet vol te houden. We publiceren de transcripties nu als "automatisch, niet nagelezen".',
    details: 'Open-sourcemodel lokaal gedraaid op een geleende GPU-server van een universiteit; foutmarge op namen rond 30 procent.',
    publishDetails: true, outcome: 'mixed', pillars: [2], challenges: [5], dimensions: ['operations'], subsectors: ['literature'], technologies: ['AI-transcriptie', 'spraakherkenning'], publishedDaysAgo: 70,
  },
  {
    org: 'film', title: '[demo] Eigen streamingplatform voor het filmhuis: na een jaar gestopt',
    summary: 'We bouwden een eigen streamingaanbod voor onze filmclub. Na een jaar stopten we: te weinig abonnees en te veel kosten voor rechten en techniek.',
    whatWorked: 'De ingeleide vertoningen met een nagesprek via video trokken een nieuw, jonger publiek dat daarna ook naar de zaal kwam.',
    whatFailed: 'We rekenden op 800 abonnees en haalden er 140. Voor elke film moesten we aparte online rechten onderhandelen, wat per titel weken duurde. De technische kosten van een eigen platform waren niet te dragen voor één filmhuis; aansluiten bij een bestaand gedeeld platform was verstandiger geweest.',
    details: 'Kosten eerste jaar: 42.000 euro, inkomsten 6.300 euro. Gesprekken lopen met andere filmhuizen over een gedeeld aanbod.',
    publishDetails: true, outcome: 'failure', pillars: [2], challenges: [6], dimensions: ['value'], subsectors: ['film'], technologies: ['streaming', 'video on demand'], publishedDaysAgo: 60,
  },
  {
    org: 'leiestreek', title: '[demo] Erfgoedobjecten beschrijven met het OSLO-model: samen leren, niet alleen',
    summary: 'Vijf kleine erfgoedorganisaties uit de regio leerden samen hun objecten te beschrijven volgens het OSLO-applicatieprofiel voor cultureel erfgoed.',
    whatWorked: 'Een maandelijkse werksessie waarin iedereen eigen objecten meebracht. De vrijwilligers leerden van elkaar en we maakten één gedeelde lijst met vaak gebruikte termen.',
    whatFailed: 'Onze collectiebeheersystemen konden de nieuwe velden niet exporteren. We bleven daardoor met spreadsheets werken en moesten alles later een tweede keer invoeren. Eerst navragen wat de leverancier ondersteunt had ons veel dubbel werk bespaard.',
    details: 'Werksessies begeleid door de erfgoedcel; spreadsheetsjabloon beschikbaar op aanvraag.',
    publishDetails: true, outcome: 'mixed', pillars: [4], challenges: [11], dimensions: ['infrastructure', 'data'], subsectors: ['heritage'], technologies: ['OSLO', 'linked data', 'collectiebeheer'], publishedDaysAgo: 45,
  },
  {
    org: 'kaai', title: '[demo] Residentie digitale dramaturgie: hybride voorstelling met live data',
    summary: 'Een kunstenaar in residentie maakte een voorstelling waarin live data van het publiek het verloop mee bepaalde. Artistiek sterk, technisch kwetsbaar.',
    whatWorked: 'De residentie gaf tijd om te mislukken in de repetitiezaal. Het team leerde werken met eenvoudige sensoren en een open-sourceplatform voor interactieve media.',
    whatFailed: 'Bij twee van de zes voorstellingen viel het draadloze netwerk in de zaal weg en moest de voorstelling zonder interactie verder. We hadden geen terugvalscenario uitgewerkt en de technici waren niet betrokken bij het ontwerp.',
    details: '',
    publishDetails: false, outcome: 'mixed', pillars: [2], challenges: [5, 6], dimensions: ['leadership'], subsectors: ['arts'], technologies: ['interactieve media', 'sensoren'], publishedDaysAgo: 30,
  },
  {
    org: 'vorming', title: '[demo] Digitale vaardigheden van vrijwilligers: een buddy werkt beter dan een cursus',
    summary: 'We boden onze vrijwilligers eerst een klassieke cursus aan en daarna een buddysysteem. Het tweede werkte veel beter.',
    whatWorked: 'Koppels van een digitaal vaardige en een minder vaardige vrijwilliger die samen een echte taak deden, zoals een activiteit online zetten. Na drie maanden konden veel meer vrijwilligers zelfstandig met het ledenbeheersysteem werken.',
    whatFailed: 'De cursus in groep haakte af: de niveaus lagen te ver uiteen en wat geleerd werd, werd niet meteen toegepast. Van de 40 inschrijvingen kwamen er 12 naar de laatste sessie.',
    details: 'Buddysysteem uitgewerkt met een draaiboek van vier pagina\'s.',
    publishDetails: true, outcome: 'inspiring', pillars: [3], challenges: [9], dimensions: ['leadership'], subsectors: ['socio_cultural'], technologies: ['ledenbeheer'], publishedDaysAgo: 15,
  },
];

/** Lessons of the two closed demo projects, keyed by the project they belong to. */
export const PROJECT_LESSONS: Record<'ticketing' | 'transcription', DemoLesson[]> = {
  ticketing: [
    {
      org: 'kaai', title: '[demo] Ticketingdata koppelen tussen podiumhuizen: de leverancier bepaalt het tempo',
      summary: 'Drie huizen wilden hun ticketingdata automatisch samenbrengen om publiek te delen en te begrijpen. De koppeling kwam er niet: twee van de drie leveranciers boden geen bruikbare exportmogelijkheid.',
      whatWorked: 'Het gezamenlijke datamodel en de afspraken over pseudonimisering zijn klaar en herbruikbaar. Met handmatige exports per kwartaal konden we toch een eerste beeld van gedeeld publiek maken.',
      whatFailed: 'We gingen ervan uit dat de ticketingsystemen een open API hadden. Eén leverancier vroeg een meerprijs die het projectbudget overschreed, een andere leverde alleen exports in een eigen formaat zonder documentatie. Na acht maanden onderhandelen stopten we de automatische koppeling. Lessen: neem open toegang tot de eigen data op in elk contract met een leverancier, en test de export vóór de start van een project, niet erna.',
      details: 'Offerte leverancier A: 24.000 euro voor een API-koppeling. Leverancier B: alleen CSV-export met wisselende kolommen. Correspondentie beschikbaar voor het transitieteam.',
      publishDetails: false, outcome: 'failure', pillars: [4, 2], challenges: [10, 12], dimensions: ['data', 'infrastructure'], subsectors: ['arts', 'libraries_cultural_centres'], technologies: ['ticketing', 'API', 'publieksdata'], publishedDaysAgo: 40,
    },
    {
      org: 'cc', title: '[demo] Samen publiek bereiken vraagt een gedeelde taal over publiek',
      summary: 'Voor we data konden delen, moesten we het eens worden over wat een "bezoeker" en een "nieuwe bezoeker" is. Die oefening bleek waardevoller dan verwacht.',
      whatWorked: 'Een gemeenschappelijke woordenlijst van twaalf begrippen, uitgewerkt in drie werksessies met de publiekswerkers. We gebruiken ze nu ook in onze jaarverslagen.',
      whatFailed: 'We betrokken de directies te laat: pas bij de eerste cijfers bleek dat zij andere vragen hadden dan de publiekswerkers, waardoor we rapporten moesten herwerken.',
      details: 'Woordenlijst als bijlage bij het eindverslag.',
      publishDetails: true, outcome: 'mixed', pillars: [4], challenges: [10], dimensions: ['audience', 'leadership'], subsectors: ['arts', 'libraries_cultural_centres'], technologies: ['publieksdata'], publishedDaysAgo: 40,
    },
  ],
  transcription: [
    {
      org: 'museum', title: '[demo] AI-transcriptie van mondelinge geschiedenis: mensen blijven nodig voor namen en context',
      summary: 'We transcribeerden 600 uur mondelinge getuigenissen met spraakherkenning en lieten vrijwilligers nalezen. Het archief is nu doorzoekbaar, met duidelijke vermelding van wat nagelezen is.',
      whatWorked: 'Een werkwijze in twee stappen: eerst automatische transcriptie voor alles, daarna gericht nalezen van de fragmenten die het meest geraadpleegd worden. Zo was na vier maanden het hele archief doorzoekbaar.',
      whatFailed: 'Persoonsnamen, plaatsnamen en dialectwoorden gingen vaak mis, en de eerste vrijwilligers verbeterden zonder vaste afspraken, wat tot ongelijke transcripties leidde. Een korte schrijfwijzer vanaf dag één had dat voorkomen.',
      details: 'Gebruikt model draaide lokaal; geen opnames verlieten het museum. Schrijfwijzer en verbeterprotocol als bijlage.',
      publishDetails: true, outcome: 'mixed', pillars: [2, 3], challenges: [5, 8], dimensions: ['operations', 'data'], subsectors: ['heritage', 'literature'], technologies: ['AI-transcriptie', 'spraakherkenning'], publishedDaysAgo: 20,
    },
    {
      org: 'literature', title: '[demo] Transcripties aggregeren naar meemoo en Europeana: metadata eerst op orde',
      summary: 'De transcripties moesten ook via de aggregatoren vindbaar worden. Dat lukte pas nadat we de metadata van de opnames rechtgezet hadden.',
      whatWorked: 'Afspraken met de aggregator over het minimale metadataprofiel in de eerste maand; de aanlevering zelf verliep daarna vlot.',
      whatFailed: 'Een derde van de opnames had geen of een foute datum en geen rechtenstatus, waardoor ze geweigerd werden. Het rechtzetten kostte twee maanden die niet gepland waren.',
      details: '',
      publishDetails: false, outcome: 'inspiring', pillars: [4], challenges: [11], dimensions: ['infrastructure'], subsectors: ['heritage', 'literature'], technologies: ['Europeana', 'metadata'], publishedDaysAgo: 20,
    },
  ],
};
