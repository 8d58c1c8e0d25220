import { AppError, conflict, invalid, type FieldError } from '../../plugins/errors.js';

/** The module's errors: stable codes, translated on pages through `error.<code>`. */
export const kpiCodeTaken = (code: string) => conflict('KPI_CODE_TAKEN', `A KPI with code ${code} already exists`, { field: 'code' });
export const kpiStale = (code: string, current: number, yours: number) =>
  conflict('KPI_STALE', `KPI ${code} was changed by someone else (version ${current}, your edit started from ${yours})`, { currentVersion: current });
export const kpiRetired = (code: string) => conflict('KPI_RETIRED', `KPI ${code} is retired; restore it first`);
export const kpiActive = (code: string) => conflict('KPI_ACTIVE', `KPI ${code} is already active`);
export const importInvalid = (importId: number, errors: FieldError[], errorCount: number) =>
  new AppError('IMPORT_INVALID', 400, `The file has ${errorCount} error(s); nothing was written`, errors, { importId, errorCount, import: `/api/imports/${importId}` });
export const importEmpty = () => invalid([{ field: 'body', message: 'send the CSV or XLSX file as the request body (text/csv or an XLSX content type)', code: 'required' }]);
/** An upload that is not a workbook that can be read safely; `reason` picks the message (monitoring.unreadable.<reason>). */
export const importUnreadable = (field: string, reason: string, message: string) =>
  new AppError('IMPORT_UNREADABLE', 400, `The file cannot be read: ${message}; nothing was imported`, [{ field, message, code: `unreadable.${reason}` }], { reason });
export { invalid };
