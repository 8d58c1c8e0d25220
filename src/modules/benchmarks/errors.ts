import { AppError } from '../../plugins/errors.js';

/** The module's own error codes; pages translate them through `error.<code>` in messages/. */
export const noAccess = (organisationId: number) =>
  new AppError('BENCHMARKS_NO_ACCESS', 403, `Only members of organisation ${organisationId}, its invited coaches and (with its consent) the transition team see its benchmark`);

export const noYearData = (year: number) =>
  new AppError('BENCHMARKS_NO_DATA_FOR_YEAR', 400, `No assessment was submitted in ${year}`, [{ field: 'year', message: `no assessment was submitted in ${year}` }]);
