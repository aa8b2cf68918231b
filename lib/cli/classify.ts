// `npm run -s classify -- <task>`: JSON Lines in, JSON Lines out (docs/ARCHITECTURE.md, "Classifier CLI"), the same code the
// extension runs, on this machine only. Add a task by adding it to TASKS.
import { createInterface } from 'node:readline';
import { classifyEmail } from '../email/classify';
import { type EmailModel, setEmailModel } from '../email/model';
import { detectCrisis, loadCrisisCheck } from '../safety/crisis';
import { loadTrapModel } from '../traps/detect';
import { offerTraps } from '../traps/offers';

type Task = (item: Record<string, unknown>) => Record<string, unknown>;

const text = (item: Record<string, unknown>, key: string) =>
  typeof item[key] === 'string' ? (item[key] as string) : '';

export const TASKS: Record<string, Task> = {
  crisis: (item) => ({ id: item.id, crisis: detectCrisis(text(item, 'text')) }),
  traps: (item) => {
    const o = offerTraps(text(item, 'text'));
    return {
      id: item.id,
      traps: o.shown.map((r) => r.trap),
      maybe: o.maybe.map((r) => r.trap),
      ranked: o.ranked.map(({ trap, score }) => ({ trap, score })),
      lang: o.lang,
    };
  },
  email: (item) => ({
    id: item.id,
    ...classifyEmail({ subject: text(item, 'subject'), from: text(item, 'from'), body: text(item, 'body') }),
  }),
};

/** The full crisis check and the word models, as the extension has them (all, or one task's). */
export async function loadModels(name?: string): Promise<void> {
  if (!name || name === 'crisis') await loadCrisisCheck();
  if (!name || name === 'traps') await loadTrapModel();
  if (!name || name === 'email')
    setEmailModel((await import('../email/email-model.json')).default as EmailModel);
}

export async function main(
  argv: string[],
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  const name = argv[0] ?? '';
  const task = TASKS[name];
  if (!task) {
    process.stderr.write(`usage: classify <${Object.keys(TASKS).join('|')}>  (JSON Lines on stdin)\n`);
    return 2;
  }
  await loadModels(name);
  let line = 0;
  let bad = 0;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (!raw.trim()) continue;
    let item: unknown;
    try {
      item = JSON.parse(raw);
    } catch {
      bad++;
      process.stderr.write(`line ${line}: not JSON, skipped\n`);
      continue;
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      bad++;
      process.stderr.write(`line ${line}: not an object, skipped\n`);
      continue;
    }
    output.write(`${JSON.stringify(task(item as Record<string, unknown>))}\n`);
  }
  return bad ? 1 : 0;
}

if (process.argv[1]?.endsWith('classify.ts')) {
  main(process.argv.slice(2), process.stdin, process.stdout).then((code) => {
    process.exitCode = code;
  });
}
