const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });

/** What the new tab's clock reads at `time`: shared by the clock and the snapshot's boot paint. */
export function clockFace(time: number): { iso: string; time: string; day: string } {
  return { iso: new Date(time).toISOString(), time: timeFormat.format(time), day: dayFormat.format(time) };
}

/** A snapshot's clock shows the time it was drawn: set it to now before it paints. */
export function setClock(root: ParentNode, time: number): void {
  const face = clockFace(time);
  const el = root.querySelector('.clock time');
  const t = root.querySelector('.clock .clock-time');
  const d = root.querySelector('.clock .clock-day');
  if (!el || !t || !d) return;
  el.setAttribute('datetime', face.iso);
  t.textContent = face.time;
  d.textContent = face.day;
}
