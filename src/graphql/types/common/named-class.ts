/** A class built at start-up from the entity registry (type-graphql needs one class per type). */
export type InputClass = new () => object;

/** An empty class whose `name` is `name`, ready for type-graphql decorators. */
export function namedClass(name: string): InputClass {
  const holder = { [name]: class {} };
  return holder[name] as InputClass;
}
