import { AppError } from '../../../plugins/errors.js';

/** The catalogue's error codes; pages translate them through `error.<code>` where the platform has one. */
export const unknownDump = (name: string) =>
  new AppError('OPENDATA_UNKNOWN_DUMP', 404, `There is no dump ${name}; the catalogue at /catalogue lists every file`, [], { entity: 'dump', id: name });

export const notAcceptable = (accept: string) =>
  new AppError('OPENDATA_NOT_ACCEPTABLE', 406, `The catalogue comes as text/html, text/turtle, application/ld+json or application/n-triples, not ${accept}`);

export const unknownProfile = (profile: string, known: readonly string[]) =>
  new AppError('OPENDATA_UNKNOWN_PROFILE', 400, `The catalogue is published in the profiles ${known.join(' and ')}, not ${profile}`,
    [{ field: 'querystring.profile', message: `must be one of ${known.join(', ')}` }]);
