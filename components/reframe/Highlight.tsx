import type { Span } from '@/lib/traps/detect';

/** Merges overlapping spans so marks never nest. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The person's text with the words that triggered a trap marked; rendered as text, never HTML. */
export function Highlight({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts: { text: string; mark: boolean; at: number }[] = [];
  let at = 0;
  for (const s of mergeSpans(spans)) {
    if (s.start >= text.length) break;
    if (s.start > at) parts.push({ text: text.slice(at, s.start), mark: false, at });
    parts.push({ text: text.slice(s.start, Math.min(s.end, text.length)), mark: true, at: s.start });
    at = Math.min(s.end, text.length);
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false, at });
  return (
    <>{parts.map((p) => (p.mark ? <mark key={p.at}>{p.text}</mark> : <span key={p.at}>{p.text}</span>))}</>
  );
}
