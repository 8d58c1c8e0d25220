import type { FormField, FormFieldOption } from './form-fields.js';

/**
 * The platform's standard conformity annex (R2.2, R3.1): which standards and shared digital
 * infrastructure a project builds on, as structured answers that the transition team can count
 * across every call and instrument. Every call carries it; new versions are made as any form.
 */
export const CONFORMITY_ANNEX_CODE = 'conformity-annex';

const o = (value: string, label_nl: string, label_en = label_nl): FormFieldOption => ({ value, label_nl, label_en });
const section = { section_nl: 'Standaarden en gedeelde infrastructuur', section_en: 'Standards and shared infrastructure' };
const openness = { section_nl: 'Licenties, open toegang en rechten', section_en: 'Licences, open access and rights' };
const keeping = { section_nl: 'Duurzame bewaring', section_en: 'Digital preservation' };

export const CONFORMITY_ANNEX_FIELDS: FormField[] = [
  {
    key: 'oslo_models', type: 'multi_choice', required: true, ...section,
    label_nl: 'Welke OSLO-datamodellen gebruikt het project?', label_en: 'Which OSLO data models does the project use?',
    help_nl: 'OSLO zijn de Vlaamse standaarden voor gegevensuitwisseling. Kies "geen" als het project er geen gebruikt.',
    help_en: 'OSLO are the Flemish data exchange standards. Choose "none" if the project uses none.',
    options: [
      o('cultuurparticipatie', 'OSLO Cultuurparticipatie', 'OSLO Cultural participation'), o('organisatie', 'OSLO Organisatie', 'OSLO Organisation'),
      o('besluit', 'OSLO Besluit', 'OSLO Decision'), o('mandaat', 'OSLO Mandaat', 'OSLO Mandate'), o('subsidie', 'OSLO Subsidie', 'OSLO Subsidy'),
      o('adresregister', 'OSLO Adresregister', 'OSLO Address register'), o('persoon', 'OSLO Persoon', 'OSLO Person'), o('none', 'Geen', 'None'),
    ],
  },
  {
    key: 'metadata_standards', type: 'multi_choice', required: true, ...section,
    label_nl: 'Welke metadatastandaarden gebruikt het project?', label_en: 'Which metadata standards does the project use?',
    options: [
      o('dublin_core', 'Dublin Core'), o('edm', 'Europeana Data Model (EDM)'), o('schema_org', 'Schema.org'), o('cidoc_crm', 'CIDOC-CRM'),
      o('lido', 'LIDO'), o('ead', 'EAD'), o('marc21', 'MARC21'), o('iptc', 'IPTC'), o('other', 'Andere', 'Other'),
    ],
  },
  {
    key: 'persistent_identifiers', type: 'choice', required: true, ...section,
    label_nl: 'Welke persistente identificatoren krijgen de gegevens en objecten?', label_en: 'Which persistent identifiers do the data and objects get?',
    options: [
      o('none', 'Geen', 'None'), o('handle', 'Handle'), o('doi', 'DOI'), o('ark', 'ARK'),
      o('uri_strategy', 'URI-strategie volgens de Vlaamse URI-standaard', 'URI strategy following the Flemish URI standard'),
    ],
  },
  {
    key: 'aggregation', type: 'multi_choice', required: true, ...section,
    label_nl: 'Naar welke aggregatoren of platformen gaan de gegevens?', label_en: 'To which aggregators or platforms does the data go?',
    options: [
      o('meemoo', 'meemoo'), o('europeana', 'Europeana'), o('erfgoedplus', 'Erfgoedplus / Erfgoedinzicht'), o('uitdatabank', 'UiTdatabank'),
      o('cultuurconnect', 'Cultuurconnect'), o('none', 'Geen', 'None'),
    ],
  },
  {
    key: 'shared_infrastructure', type: 'multi_choice', required: false, ...section,
    label_nl: 'Welke gedeelde digitale infrastructuur gebruikt het project?', label_en: 'Which shared digital infrastructure does the project use?',
    options: [
      o('meemoo_archive', 'Archiefsysteem van meemoo', 'meemoo archive system'), o('uitdatabank', 'UiTdatabank'),
      o('cultuurconnect_platforms', 'Platformen van Cultuurconnect', 'Cultuurconnect platforms'), o('oslo_services', 'OSLO-diensten van Digitaal Vlaanderen', 'OSLO services of Digitaal Vlaanderen'),
      o('europeana_api', 'Europeana API'), o('other', 'Andere', 'Other'),
    ],
  },
  {
    key: 'licence', type: 'choice', required: true, ...openness,
    label_nl: 'Onder welke licentie worden de gegevens en inhoud gedeeld?', label_en: 'Under which licence are the data and content shared?',
    options: [
      o('cc0', 'CC0'), o('cc_by', 'CC BY'), o('cc_by_sa', 'CC BY-SA'), o('public_domain_mark', 'Publiek Domein Merk', 'Public Domain Mark'),
      o('in_copyright', 'Auteursrechtelijk beschermd', 'In copyright'), o('mixed', 'Gemengd', 'Mixed'),
    ],
  },
  {
    key: 'open_access', type: 'boolean', required: true, ...openness,
    label_nl: 'Worden de resultaten in open toegang beschikbaar?', label_en: 'Are the results made available in open access?',
  },
  {
    key: 'open_access_explanation', type: 'textarea', required: false, max_length: 2000, ...openness,
    label_nl: 'Toelichting bij open toegang', label_en: 'Explanation of open access',
    help_nl: 'Wat wordt open, wanneer, en waarom eventueel niet?', help_en: 'What becomes open, when, and if not, why not?',
  },
  {
    key: 'rights_clearance', type: 'choice', required: true, ...openness,
    label_nl: 'Zijn de rechten op de gebruikte inhoud geklaard?', label_en: 'Are the rights to the content used cleared?',
    options: [o('cleared', 'Geklaard', 'Cleared'), o('partly', 'Gedeeltelijk', 'Partly'), o('not_yet', 'Nog niet', 'Not yet'), o('not_applicable', 'Niet van toepassing', 'Not applicable')],
  },
  {
    key: 'preservation', type: 'choice', required: true, ...keeping,
    label_nl: 'Hoe worden de digitale resultaten duurzaam bewaard?', label_en: 'How are the digital results preserved?',
    options: [
      o('meemoo_archive', 'In het archief van meemoo', 'In the meemoo archive'), o('own_trusted_repository', 'In een eigen betrouwbare bewaarplaats', 'In our own trusted repository'),
      o('none_yet', 'Nog geen bewaaroplossing', 'No preservation yet'),
    ],
  },
  {
    key: 'explanation', type: 'textarea', required: false, max_length: 3000, ...keeping,
    label_nl: 'Korte toelichting', label_en: 'Short explanation',
    help_nl: 'Wat wil je de beoordelaars nog meegeven over standaarden en infrastructuur?', help_en: 'Anything else reviewers should know about standards and infrastructure?',
  },
];
