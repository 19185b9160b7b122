// Scores dyad on the dev splits through the shared scorers and compares each figure with the floor
// pinned in bench/floors.json. A drop below a floor fails; raising a floor is a deliberate edit.
//   npx tsx bench/accuracy.ts [TASK...]        (TASK: article quotes entities events; default all)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runSh = join(root, '..', 'shared', 'eval', 'run.sh');
if (!existsSync(runSh)) {
  console.error(`bench/accuracy: ${runSh} not found: the gold sets live in ../shared beside the checkout`);
  process.exit(2);
}
const floors = JSON.parse(readFileSync(join(root, 'bench', 'floors.json'), 'utf8')) as Record<string, Record<string, number>>;
const tasks = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(floors);

const get = (obj: unknown, path: string): number => path.split('.').reduce((o: any, k) => o?.[k], obj) as number;
let failed = 0;
for (const task of tasks) {
  const out = execFileSync(runSh, [task], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  const jsonEnd = out.lastIndexOf('}');
  const figures = JSON.parse(out.slice(out.indexOf('{'), jsonEnd + 1));
  console.log(out.trim().split('\n').pop());
  for (const [path, floor] of Object.entries(floors[task] ?? {})) {
    const value = get(figures, path);
    const ok = typeof value === 'number' && value >= floor;
    if (!ok) failed++;
    console.log(`  ${ok ? 'ok  ' : 'DROP'} ${task} ${path} = ${value} (floor ${floor})`);
  }
}
process.exit(failed ? 1 : 0);
