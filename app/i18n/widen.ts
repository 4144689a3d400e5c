/** The shape of a message tree with every text widened to `string`: the type the other language must match. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
