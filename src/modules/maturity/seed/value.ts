import { txt, type SeedDimension } from './content.js';

export const VALUE: SeedDimension = {
  code: 'value',
  source: 'Deel 3, 2.4 (Aanbeveling 4: definitie van Rick Maes, "waardeproposities en businessmodellen"); Deel 1, 2.1 (open content en verdienmodellen); Deel 3, 2.3 (Aanbeveling 3: experiment met ruimte om te falen)',
  name: txt('Waardeproposities en verdienmodellen', 'Value propositions and business models'),
  description: txt(
    'Welke waarde je digitaal creëert voor publiek, partners en samenleving, en hoe je die duurzaam financiert: digitaal aanbod, nieuwe diensten, samenwerkingen en inkomsten.',
    'What value you create digitally for audiences, partners and society, and how you fund it sustainably: digital offer, new services, partnerships and income.',
  ),
  meanings: [
    txt('Digitaal aanbod ontstaat af en toe als bijproduct van een project, zonder stil te staan bij wat het oplevert of kost.',
      'Digital offer arises now and then as a by-product of a project, without considering what it brings or costs.'),
    txt('Een aantal digitale producten of diensten komt geregeld terug, maar hun doel, publiek en kosten zijn niet uitgesproken.',
      'Some digital products or services come back regularly, but their purpose, audience and costs have not been spelled out.'),
    txt('Je digitale aanbod hoort bij je missie en beleidsplan: voor elk aanbod is duidelijk voor wie het waarde heeft, hoe het gefinancierd wordt en onder welke voorwaarden je het deelt.',
      'Your digital offer belongs to your mission and policy plan: for each offer it is clear whom it is valuable for, how it is funded and on what terms you share it.'),
    txt('Je volgt op wat je digitale aanbod oplevert (bereik, inkomsten, maatschappelijke waarde) en kost, en beslist op basis daarvan wat je uitbreidt, aanpast of stopt.',
      'You track what your digital offer brings (reach, income, social value) and costs, and decide on that basis what to expand, change or stop.'),
    txt('Je ontwikkelt met andere organisaties of marktspelers nieuwe digitale diensten en verdienmodellen, en je ervaringen inspireren de sector.',
      'You develop new digital services and business models with other organisations or market players, and your experience inspires the sector.'),
  ],
  steps: [
    [
      txt('Maak een lijst van alles wat je vandaag al digitaal aanbiedt, ook de kleine dingen.', 'Make a list of everything you already offer digitally, including the small things.'),
      txt('Bespreek in je team welke waarde je aanbod online kan hebben voor wie niet fysiek kan komen.',
        'Discuss in your team what value your offer could have online for people who cannot come in person.'),
    ],
    [
      txt('Beschrijf voor elk digitaal aanbod in één zin voor wie het is en wat het kost aan tijd en geld.',
        'Describe each digital offer in one sentence: whom it is for and what it costs in time and money.'),
      txt('Ga bij een vergelijkbare organisatie kijken hoe zij digitaal aanbod financieren of delen.',
        'Visit a similar organisation to see how they fund or share digital offer.'),
    ],
    [
      txt('Neem je digitale aanbod op in je beleids- of meerjarenplan, met doelen en budget.', 'Include your digital offer in your policy or multi-year plan, with goals and budget.'),
      txt('Bepaal per aanbod onder welke voorwaarden je het deelt: vrij met een open licentie, betalend of enkel voor partners.',
        'Decide for each offer on what terms you share it: freely under an open licence, paid or for partners only.'),
      txt('Verken samenwerking met andere organisaties of platformen om aanbod samen te maken of te verspreiden.',
        'Explore working with other organisations or platforms to create or distribute offer together.'),
    ],
    [
      txt('Volg per aanbod bereik, inkomsten en kosten op en bespreek ze jaarlijks.', 'Track reach, income and costs for each offer and discuss them every year.'),
      txt('Stop bewust met aanbod dat weinig oplevert en maak zo ruimte voor iets nieuws.', 'Deliberately stop offer that brings little, making room for something new.'),
    ],
    [
      txt('Zet een experiment op met een nieuwe dienst of een nieuw verdienmodel, met ruimte om te mislukken, en schrijf de leerlessen op.',
        'Set up an experiment with a new service or business model, with room to fail, and write down the lessons learned.'),
      txt('Ontwikkel een gezamenlijk aanbod met partners buiten de cultuursector, zoals onderwijs, media of technologiebedrijven.',
        'Develop a joint offer with partners outside the cultural sector, such as education, media or technology companies.'),
    ],
  ],
  questions: [
    {
      code: 'value-digital-offer', quickScan: true,
      text: txt('Ons digitale aanbod (inhoud, diensten, producten) maakt bewust deel uit van onze missie en ons beleidsplan.',
        'Our digital offer (content, services, products) is a deliberate part of our mission and policy plan.'),
      help: txt('Een waardepropositie is eenvoudig gezegd: wat bied je aan, voor wie, en waarom is het de moeite waard. Niveau 3 betekent dat je beleidsplan dit voor je digitale aanbod uitschrijft.',
        'A value proposition, put simply, is what you offer, to whom, and why it is worthwhile. Level 3 means your policy plan spells this out for your digital offer.'),
    },
    {
      code: 'value-audience-value',
      text: txt('We weten voor wie ons digitale aanbod waarde heeft en wat die mensen eraan hebben.',
        'We know whom our digital offer is valuable for and what those people gain from it.'),
      help: txt('Dat weet je uit gesprekken, bevragingen of gebruikscijfers, niet enkel uit aanvoelen.',
        'You know this from conversations, surveys or usage figures, not only from intuition.'),
    },
    {
      code: 'value-costs-funding',
      text: txt('We hebben een duidelijk beeld van wat ons digitale aanbod kost en hoe we het financieren: subsidie, eigen inkomsten of partners.',
        'We have a clear picture of what our digital offer costs and how we fund it: grants, own income or partners.'),
      help: txt('Tel ook de tijd van medewerkers en vrijwilligers mee, en terugkerende kosten zoals licenties en hosting.',
        'Include the time of staff and volunteers, and recurring costs such as licences and hosting.'),
    },
    {
      code: 'value-income', notApplicable: true,
      text: txt('We halen inkomsten uit digitaal aanbod of digitale dienstverlening, zoals verkoop, abonnementen, licenties of online fondsenwerving.',
        'We earn income from digital offer or digital services, such as sales, subscriptions, licences or online fundraising.'),
      help: txt('Niet elke organisatie wil of hoeft inkomsten uit digitaal aanbod te halen. Kies "niet van toepassing" als dat bewust geen doel is.',
        'Not every organisation wants or needs income from digital offer. Choose "not applicable" if that is deliberately not a goal.'),
    },
    {
      code: 'value-sharing-terms',
      text: txt('We bepalen bewust onder welke voorwaarden we digitale inhoud delen: open, betalend of enkel voor partners.',
        'We decide deliberately on what terms we share digital content: openly, paid or for partners only.'),
      help: txt('Open delen kan met een Creative Commons-licentie: een standaardlicentie die zegt wat anderen met je inhoud mogen doen. Open en betalend kunnen naast elkaar bestaan; het gaat om een bewuste keuze per soort inhoud.',
        'Open sharing can use a Creative Commons licence: a standard licence that says what others may do with your content. Open and paid can exist side by side; what matters is a deliberate choice for each kind of content.'),
    },
    {
      code: 'value-partnerships',
      text: txt('We ontwikkelen digitaal aanbod samen met andere organisaties, ook buiten de cultuursector.',
        'We develop digital offer together with other organisations, including outside the cultural sector.'),
      help: txt('Bijvoorbeeld met scholen, bibliotheken, media, onderzoeksinstellingen of bedrijven. Samenwerking voorkomt dat iedereen hetzelfde apart bouwt.',
        'For example with schools, libraries, media, research institutions or companies. Working together avoids everyone building the same thing separately.'),
    },
    {
      code: 'value-experiment',
      text: txt('We maken tijd en budget vrij om nieuwe digitale ideeën uit te proberen, en het mag daarbij ook mislukken.',
        'We set aside time and budget to try out new digital ideas, and it is allowed to fail.'),
      help: txt('Niveau 4 betekent dat je experimenten evalueert en op basis daarvan beslist wat je opschaalt of stopzet.',
        'Level 4 means you evaluate experiments and decide on that basis what to scale up or stop.'),
    },
  ],
};
