/** Limits shared by the schemas, the commands and the views; change them here only. */
export const LIMITS = { question: 4000, questionMin: 10, message: 4000, title: 200, description: 4000 } as const;
