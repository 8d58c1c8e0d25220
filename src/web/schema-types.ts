/**
 * A small JSON-Schema-to-type mapping for the schemas in this project (objects, arrays,
 * primitives, enums, nullable unions), so each route's input type follows from its schema.
 */
type Primitive<T> = T extends 'string' ? string : T extends 'integer' | 'number' ? number : T extends 'boolean' ? boolean : T extends 'null' ? null : unknown;

type TypeOf<S> =
  S extends { enum: readonly (infer E)[] } ? E
  : S extends { type: 'object'; properties: infer P } ? ObjectOf<P, S extends { required: readonly (infer R)[] } ? R : never>
  : S extends { type: 'array'; items: infer I } ? TypeOf<I>[]
  : S extends { type: readonly (infer T)[] } ? Primitive<T>
  : S extends { type: infer T } ? Primitive<T>
  : unknown;

type ObjectOf<P, R> = { [K in keyof P as K extends R ? K : never]: TypeOf<P[K]> } & { [K in keyof P as K extends R ? never : K]?: TypeOf<P[K]> };
type Simplify<T> = T extends object ? { [K in keyof T]: T[K] } : T;

export type FromSchema<S> = Simplify<TypeOf<S>>;
