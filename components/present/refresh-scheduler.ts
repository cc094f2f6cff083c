/**
 * Decides when the presentation re-renders after live changes. Pure, no React.
 *
 * - notify(): something changed. A refresh follows after `delayMs` (~250 ms), and all
 *   changes in that window share it, so a burst of answers costs one refresh.
 * - At most one refresh is in flight: a change that arrives meanwhile is remembered and
 *   leads to exactly one more refresh once done() is called.
 * - done() is called when the refresh has been rendered; a guard assumes it is done
 *   after `maxInFlightMs`, so a lost completion can never stop live updates.
 */
export interface TRefreshScheduler {
  notify(): void;
  done(): void;
  dispose(): void;
  readonly inFlight: boolean;
}

export function createRefreshScheduler(options: {
  delayMs: number;
  refresh: () => void;
  maxInFlightMs?: number;
}): TRefreshScheduler {
  const maxInFlightMs = options.maxInFlightMs ?? 10_000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let guard: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;
  let dirty = false;
  let disposed = false;

  function fire() {
    timer = null;
    if (disposed) return;
    if (inFlight) {
      dirty = true;
      return;
    }
    inFlight = true;
    guard = setTimeout(done, maxInFlightMs);
    options.refresh();
  }

  function notify() {
    if (disposed) return;
    if (inFlight) {
      dirty = true;
      return;
    }
    if (timer) return;
    timer = setTimeout(fire, options.delayMs);
  }

  function done() {
    if (!inFlight) return;
    inFlight = false;
    if (guard) clearTimeout(guard);
    guard = null;
    if (dirty) {
      dirty = false;
      notify();
    }
  }

  return {
    notify,
    done,
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      if (guard) clearTimeout(guard);
      timer = null;
      guard = null;
    },
    get inFlight() {
      return inFlight;
    },
  };
}
