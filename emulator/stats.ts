/** Counters for tests that assert how an app uses Cognito (e.g. at most one JWKS fetch per flood). */
export interface StatsSnapshot {
  jwksFetches: number;
  jwksFetchesByPool: Record<string, number>;
  /** Cognito protocol calls by operation name, answered or refused. */
  operations: Record<string, number>;
}

export interface Stats {
  jwksFetched(poolId: string): void;
  operationCalled(operation: string): void;
  snapshot(): StatsSnapshot;
  reset(): void;
}

export function createStats(): Stats {
  let jwksFetches = 0;
  let byPool = new Map<string, number>();
  let operations = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  return {
    jwksFetched: (poolId) => {
      jwksFetches += 1;
      bump(byPool, poolId);
    },
    operationCalled: (operation) => void bump(operations, operation),
    snapshot: () => ({
      jwksFetches,
      jwksFetchesByPool: Object.fromEntries(byPool),
      operations: Object.fromEntries(operations),
    }),
    reset: () => {
      jwksFetches = 0;
      byPool = new Map();
      operations = new Map();
    },
  };
}
