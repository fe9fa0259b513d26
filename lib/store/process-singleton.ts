// Per realm, not per module: the bundler may copy a module into several route bundles.
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`cruddur.${name}`);
  const holder = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return (holder[key] ??= create());
}
