import { fromRows, getRow, randomMatrix, type Matrix } from './matrix';
import { routeTokens, type Routing } from './moe';
import { createRng } from './random';

/** What to draw for one routing picture; each seed controls one thing, so one can change while the rest stay. */
export interface RoutingDrawOptions {
  /** How many different tokens exist; each has its own fixed random vector. */
  vocab: number;
  /** T: how many tokens are routed. */
  tokens: number;
  /** C: the length of a token vector. */
  channels: number;
  /** E: how many experts. */
  experts: number;
  /** k: how many experts each token goes to. */
  k: number;
  /** Picks which tokens appear (ids drawn uniformly, with replacement). */
  tokenSeed: number;
  /** Draws the router matrix W_router (C × E). */
  routerSeed: number;
  /** Draws the token vectors; fixed, so a token keeps its vector from one draw to the next. */
  embeddingSeed: number;
}

/** The drawn tokens, their vectors, the router and where it sent them. */
export interface RoutingDraw {
  tokenIds: number[];
  /** X (T × C): one row per routed token. */
  x: Matrix;
  /** W_router (C × E). */
  router: Matrix;
  routing: Routing;
}

/** Draws T tokens and a router with N(0, 1) entries and routes each token to its top-k experts. */
export function drawRouting(options: RoutingDrawOptions): RoutingDraw {
  const { vocab, tokens, channels, experts, k, tokenSeed, routerSeed, embeddingSeed } = options;
  if (!Number.isInteger(vocab) || vocab < 1) throw new RangeError(`drawRouting: vocab must be a whole number ≥ 1, got ${vocab}`);
  const table = randomMatrix(vocab, channels, createRng(embeddingSeed)); // V × C
  const pick = createRng(tokenSeed);
  const tokenIds = Array.from({ length: tokens }, () => pick.int(vocab));
  const x = fromRows(tokenIds.map((id) => getRow(table, id))); // T × C
  const router = randomMatrix(channels, experts, createRng(routerSeed)); // C × E
  return { tokenIds, x, router, routing: routeTokens(x, router, k) };
}

/** The headline numbers of a routing: work done, the even share, and how uneven the load is. */
export interface RoutingSummary {
  /** Expert runs actually made: T · k, one per routing slot. */
  runs: number;
  /** Expert runs if every expert saw every token: T · E. */
  denseRuns: number;
  /** Each expert's load if the slots were spread perfectly evenly: T · k / E. */
  evenLoad: number;
  /** The most loaded expert (the lowest index on a tie) and its load. */
  busiest: { expert: number; load: number };
  /** How many experts received no token. */
  idle: number;
}

/** Sums up a routing of T tokens over E experts for the page: runs against a dense layer, the even share, the extremes. */
export function summarizeRouting(routing: Pick<Routing, 'load' | 'chosen'>): RoutingSummary {
  const experts = routing.load.length;
  const tokens = routing.chosen.length;
  const runs = routing.load.reduce((sum, n) => sum + n, 0);
  const top = Math.max(...routing.load);
  return {
    runs,
    denseRuns: tokens * experts,
    evenLoad: runs / experts,
    busiest: { expert: routing.load.indexOf(top), load: top },
    idle: routing.load.filter((n) => n === 0).length,
  };
}
