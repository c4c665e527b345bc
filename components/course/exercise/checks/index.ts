import type { Checker } from '../types';

// Every file in this folder but this one is a checker, named by its id: checks/softmax.ts is check="softmax".
const modules = import.meta.glob<{ default: Checker }>(['./*.ts', '!./index.ts']);

/** The ids of every checker, for the gallery and the tests. */
export const CHECKER_IDS: readonly string[] = Object.keys(modules).map((path) => path.slice(2, -3)).sort();

/** Loads one checker by id; each is its own chunk with the engine code it needs. */
export async function loadChecker(id: string): Promise<Checker> {
  const load = modules[`./${id}.ts`];
  if (!load) throw new Error(`There is no exercise checker called "${id}"`);
  return (await load()).default;
}
