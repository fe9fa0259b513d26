export interface Clock {
  now(): number;
  advance(seconds: number): void;
  reset(): void;
}

/** Wraps the injected clock with an offset so e2e tests in another process can move time forward. */
export function createClock(base: () => number = Date.now): Clock {
  let offsetMs = 0;
  return {
    now: () => base() + offsetMs,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    reset: () => {
      offsetMs = 0;
    },
  };
}

export const epochSeconds = (ms: number) => Math.floor(ms / 1000);
