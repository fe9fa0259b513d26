import { generateSigningKeys, type SigningKey, type SigningKeys } from "./keys";

/**
 * Every pool starts on the emulator's own key pair (ID and access). `rotate` gives one pool a
 * new pair: new tokens are signed with it, and its JWKS keeps serving the older keys, as
 * Cognito does while old tokens are still alive. Rotated keys live in memory only.
 */
export interface Keyring {
  current(poolId: string): SigningKeys;
  published(poolId: string): SigningKey[];
  accessKeys(poolId: string): SigningKey[];
  rotate(poolId: string): Promise<SigningKeys>;
}

export function createKeyring(base: SigningKeys): Keyring {
  const rotations = new Map<string, SigningKeys[]>();
  const generations = (poolId: string) => [base, ...(rotations.get(poolId) ?? [])];
  return {
    current: (poolId) => generations(poolId).at(-1) ?? base,
    published: (poolId) => generations(poolId).flatMap((pair) => [pair.id, pair.access]),
    accessKeys: (poolId) => generations(poolId).map((pair) => pair.access),
    rotate: async (poolId) => {
      const pair = await generateSigningKeys();
      rotations.set(poolId, [...(rotations.get(poolId) ?? []), pair]);
      return pair;
    },
  };
}
