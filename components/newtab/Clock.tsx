import { useEffect, useState } from 'react';
import { clockFace } from '@/lib/newtab/clock';

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
  const face = clockFace(time);
  return (
    <p className="clock">
      <time dateTime={face.iso}>
        <span className="clock-time">{face.time}</span> <span className="clock-day muted">{face.day}</span>
      </time>
    </p>
  );
}
