/**
 * A call's application form and the conformity annex are data (form_definitions.fields): an
 * ordered list of fields. The same shape renders the form, validates the answers and presents a
 * submitted application to reviewers, in the form version the application used.
 */
export type FormFieldType = 'text' | 'textarea' | 'number' | 'money' | 'url' | 'date' | 'boolean' | 'choice' | 'multi_choice';

export interface FormFieldOption { value: string; label_nl: string; label_en: string }

export interface FormField {
  /** Stable key of the answer in applications.answers / annex_answers. */
  key: string;
  type: FormFieldType;
  label_nl: string;
  label_en: string;
  help_nl?: string;
  help_en?: string;
  required: boolean;
  /** Optional grouping heading on the form. */
  section_nl?: string;
  section_en?: string;
  /** choice and multi_choice only */
  options?: FormFieldOption[];
  /** text, textarea */
  max_length?: number;
  /** number, money */
  min?: number;
  max?: number;
}

/** Answers as stored: a choice is a string, a multi_choice an array of option values. */
export type FormAnswers = Record<string, string | number | boolean | string[] | null>;
