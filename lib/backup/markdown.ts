import type { Memory, Reflection, Thought } from '@/lib/db/types';

export interface MarkdownLabels {
  title: string;
  innerFile: string;
  journal: string;
  thoughts: string;
  kind: (id: string) => string;
  people: string;
  tags: string;
  pinned: string;
  /** Thought-record field names. */
  friendView: string;
  reframe: string;
  evidenceFor: string;
  evidenceAgainst: string;
}

const day = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Quotes a person's text as a block, so a line they start with "#" stays their words, not a heading. */
function quote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

/** The inner file and the journal as one Markdown document for a notes app, oldest first. */
export function toMarkdown(
  data: { memories: readonly Memory[]; reflections: readonly Reflection[]; thoughts: readonly Thought[] },
  labels: MarkdownLabels,
): string {
  const out: string[] = [`# ${labels.title}`, ''];
  const byDate = <T extends { createdAt: number }>(
    rows: readonly T[],
    at: (r: T) => number = (r) => r.createdAt,
  ) => [...rows].sort((a, b) => at(a) - at(b) || a.createdAt - b.createdAt);
  if (data.memories.length) {
    out.push(`## ${labels.innerFile}`, '');
    for (const m of byDate(data.memories, (r) => r.date)) {
      const meta = [m.kinds.map(labels.kind).join(', '), m.pinned ? labels.pinned : ''].filter(Boolean);
      out.push(`### ${day(m.date)}${meta.length ? ` · ${meta.join(' · ')}` : ''}`, '', quote(m.text), '');
      if (m.people.length) out.push(`${labels.people}: ${m.people.join(', ')}`, '');
      if (m.tags.length)
        out.push(`${labels.tags}: ${m.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}`, '');
    }
  }
  if (data.reflections.length) {
    out.push(`## ${labels.journal}`, '');
    for (const r of byDate(data.reflections)) {
      out.push(`### ${day(r.createdAt)} · ${r.prompt.replace(/\s+/g, ' ')}`, '', quote(r.text), '');
    }
  }
  if (data.thoughts.length) {
    out.push(`## ${labels.thoughts}`, '');
    for (const t of byDate(data.thoughts)) {
      out.push(`### ${day(t.createdAt)}`, '', quote(t.text), '');
      const list = (name: string, items: readonly string[]) => {
        const kept = items.map((i) => i.trim()).filter(Boolean);
        if (kept.length) out.push(`**${name}**`, '', ...kept.map((i) => `- ${i.replace(/\s+/g, ' ')}`), '');
      };
      list(labels.evidenceFor, t.evidenceFor);
      list(labels.evidenceAgainst, t.evidenceAgainst);
      if (t.friendView.trim()) out.push(`**${labels.friendView}**`, '', quote(t.friendView), '');
      if (t.reframe.trim()) out.push(`**${labels.reframe}**`, '', quote(t.reframe), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
