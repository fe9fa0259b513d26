/**
 * One instance per JavaScript realm, even when the bundler copies the calling module into several
 * route bundles. It does not bridge runtimes: the Edge middleware runs in its own realm and gets
 * its own instance.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`cruddur.${name}`);
  const holder = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return (holder[key] ??= create());
}
