/**
 * Benchmark for lib/domain/scoring (computeSessionProfile): `npx tsx scripts/bench-scoring.ts` (npm run bench:scoring).
 *
 * Builds a deterministic pseudo-random session (500 participants, 6 roles, 5 acts x 10
 * items, every item answered now and desired = 50 000 answer rows, ~3% "don't know"),
 * warms up, then times computeSessionProfile and prints median and p95. Exits 1 when
 * the median exceeds the goal.
 */
import {
  computeSessionProfile,
  type TAnswerRow,
  type TScoringAct,
  type TScoringParticipant,
} from "../lib/domain/scoring";

const PARTICIPANTS = 500;
const ACTS = 5;
const ITEMS_PER_ACT = 10;
const ROLES = ["bestuurder", "beleidsmedewerker", "zorgprofessional", "inwoner", "financier", "verbinder"];
const WARMUP_RUNS = 20;
const RUNS = 50;
const GOAL_MS = 20;

/** mulberry32: small deterministic PRNG, so every run times the same session. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildSession() {
  const rnd = prng(20240601);
  const acts: TScoringAct[] = [];
  for (let a = 0; a < ACTS; a++) {
    acts.push({
      id: `act-${a + 1}`,
      items: Array.from({ length: ITEMS_PER_ACT }, (_, i) => ({ id: `act-${a + 1}-item-${i + 1}`, left: rnd() < 0.5 ? "a" : "b" })),
    });
  }
  const participants: TScoringParticipant[] = Array.from({ length: PARTICIPANTS }, (_, p) => ({
    id: `participant-${p.toString().padStart(4, "0")}`,
    role: ROLES[Math.floor(rnd() * ROLES.length)] ?? "onbekend",
  }));
  const answers: TAnswerRow[] = [];
  for (const participant of participants) {
    for (const act of acts) {
      // Each participant has a leaning per act so the data has structure, plus noise.
      const lean = Math.floor(rnd() * 7) + 1;
      for (const item of act.items) {
        for (const dimension of ["now", "desired"] as const) {
          const noisy = Math.min(7, Math.max(1, lean + Math.floor(rnd() * 3) - 1));
          answers.push({ participantId: participant.id, itemId: item.id, dimension, value: rnd() < 0.03 ? null : noisy });
        }
      }
    }
  }
  return { acts, participants, answers };
}

function percentile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (h - lo) * (b - a);
}

const session = buildSession();
let sink = 0;
for (let i = 0; i < WARMUP_RUNS; i++) sink += computeSessionProfile(session).acts.length;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const profile = computeSessionProfile(session);
  times.push(performance.now() - start);
  sink += profile.discussFirst.length;
}
times.sort((a, b) => a - b);
const median = percentile(times, 0.5);
const p95 = percentile(times, 0.95);

console.log(
  `computeSessionProfile: ${PARTICIPANTS} participants, ${ACTS} acts x ${ITEMS_PER_ACT} items x 2 dimensions = ${session.answers.length} answers, ${ROLES.length} roles`,
);
console.log(`runs: ${RUNS} (after ${WARMUP_RUNS} warm-up)`);
const min = times[0] ?? NaN;
const max = times[times.length - 1] ?? NaN;
console.log(`median: ${median.toFixed(2)} ms   p95: ${p95.toFixed(2)} ms   min: ${min.toFixed(2)} ms   max: ${max.toFixed(2)} ms`);
console.log(`goal: median < ${GOAL_MS} ms -> ${median < GOAL_MS ? "OK" : "TOO SLOW"}`);
if (sink < 0) console.log(sink); // keep the results alive
if (median >= GOAL_MS) process.exitCode = 1;
