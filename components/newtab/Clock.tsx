import { useEffect, useState } from 'react';

const format = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });

/** A quiet clock; ticks on the minute. Not a live region: it would talk every minute. */
export function Clock({ now = Date.now }: { now?: () => number }) {
  const [time, setTime] = useState(now);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const t = now();
      setTime(t);
      timer = setTimeout(tick, 60_000 - (t % 60_000) + 50);
    };
    tick();
    return () => clearTimeout(timer);
  }, [now]);
  return (
    <p className="clock">
      <time dateTime={new Date(time).toISOString()}>
        <span className="clock-time">{format.format(time)}</span>{' '}
        <span className="clock-day muted">{dayFormat.format(time)}</span>
      </time>
    </p>
  );
}
