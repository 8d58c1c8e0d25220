import type { FormField } from '../form-fields.js';

const project = { section_nl: 'Het project', section_en: 'The project' };
const experiment = { section_nl: 'Experiment en middelen', section_en: 'Experiment and resources' };

/**
 * The demo call's application form (the project title and summary are the application's own
 * fields, asked first on every form). The money field `budget_requested` is also the
 * application's requested amount.
 */
export const DEMO_FORM_FIELDS: FormField[] = [
  { key: 'problem', type: 'textarea', required: true, max_length: 4000, ...project, label_nl: 'Welk probleem pakt het project aan?', label_en: 'Which problem does the project address?' },
  { key: 'approach', type: 'textarea', required: true, max_length: 6000, ...project, label_nl: 'Aanpak', label_en: 'Approach', help_nl: 'Hoe werkt het consortium, met welke stappen?', help_en: 'How does the consortium work, in which steps?' },
  { key: 'target_audience', type: 'textarea', required: true, max_length: 2000, ...project, label_nl: 'Doelgroep', label_en: 'Target audience', help_nl: 'Voor wie, en hoe betrek je hen van bij het begin?', help_en: 'For whom, and how are they involved from the start?' },
  {
    key: 'experiment', type: 'textarea', required: true, max_length: 4000, ...experiment,
    label_nl: 'Wat is het experiment, en wat mag mislukken?', label_en: 'What is the experiment, and what may fail?',
    help_nl: 'Ruimte om te falen hoort erbij: zeg wat je test en wat je leert als het niet lukt.', help_en: 'Room to fail is part of it: say what you test and what you learn if it does not work.',
  },
  { key: 'budget_requested', type: 'money', required: true, min: 0, ...experiment, label_nl: 'Gevraagd bedrag (euro)', label_en: 'Amount requested (euro)' },
  { key: 'duration_months', type: 'number', required: true, min: 1, max: 36, ...experiment, label_nl: 'Looptijd (maanden)', label_en: 'Duration (months)' },
  {
    key: 'technology', type: 'multi_choice', required: false, ...experiment, label_nl: 'Technologie', label_en: 'Technology',
    options: [
      { value: 'linked_data', label_nl: 'Linked data', label_en: 'Linked data' }, { value: 'ai', label_nl: 'Artificiële intelligentie', label_en: 'Artificial intelligence' },
      { value: 'xr', label_nl: 'XR (virtuele en uitgebreide realiteit)', label_en: 'XR (virtual and extended reality)' }, { value: 'platform', label_nl: 'Online platform', label_en: 'Online platform' },
      { value: 'other', label_nl: 'Andere', label_en: 'Other' },
    ],
  },
  { key: 'website', type: 'url', required: false, ...experiment, label_nl: 'Website van het project (als die er al is)', label_en: 'Project website (if there is one)' },
];
