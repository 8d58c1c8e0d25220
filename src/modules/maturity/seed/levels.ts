import { txt, type SeedLevel } from './content.js';

/**
 * One cumulative scale for every dimension: each level assumes the ones below it. The names say
 * how a practice is carried (by chance, by habit, by agreement, by figures, with the sector), so
 * that an answer means the same thing whatever the question is about.
 */
export const LEVELS_V1: SeedLevel[] = [
  {
    level: 0,
    name: txt('Nog niet', 'Not yet'),
    description: txt(
      'We doen dit nog niet, of het is niet meer dan een idee.',
      'We do not do this yet, or it is no more than an idea.',
    ),
  },
  {
    level: 1,
    name: txt('Verkennend', 'Exploring'),
    description: txt(
      'Het gebeurt af en toe, op initiatief van één of enkele mensen die er tijd voor vinden. Er is geen afspraak of plan: als die mensen wegvallen, valt het stil.',
      'It happens now and then, on the initiative of one or a few people who find the time. There is no agreement or plan: if those people leave, it stops.',
    ),
  },
  {
    level: 2,
    name: txt('Herhaald', 'Repeated'),
    description: txt(
      'Het gebeurt geregeld en telkens op een vergelijkbare manier, binnen een team of voor een deel van de werking. Het steunt nog op wie het gewoon is te doen en is nauwelijks op papier gezet.',
      'It happens regularly and in a similar way each time, within a team or for part of the work. It still relies on the people used to doing it and is hardly written down.',
    ),
  },
  {
    level: 3,
    name: txt('Vastgelegd', 'Defined'),
    description: txt(
      'Er is een afgesproken, beschreven aanpak die voor de hele organisatie geldt, met een verantwoordelijke en tijd of budget. Nieuwe collega\'s leren hem kennen.',
      'There is an agreed, written approach that applies to the whole organisation, with someone responsible and time or budget. New colleagues learn it.',
    ),
  },
  {
    level: 4,
    name: txt('Gemeten en bijgestuurd', 'Managed with data'),
    description: txt(
      'We volgen met cijfers en feedback op of de aanpak werkt, bespreken dat op vaste momenten en verbeteren hem op basis daarvan.',
      'We use figures and feedback to check whether the approach works, discuss this at set moments and improve it accordingly.',
    ),
  },
  {
    level: 5,
    name: txt('Toonaangevend', 'Leading'),
    description: txt(
      'We vernieuwen samen met publiek en partners, delen wat we leren met de sector en helpen mee de gemeenschappelijke aanpak of standaard vorm te geven.',
      'We innovate together with audiences and partners, share what we learn with the sector and help shape the shared approach or standard.',
    ),
  },
];
