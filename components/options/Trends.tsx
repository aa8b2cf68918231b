import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { listRecords, readTogether } from '@/lib/db/records';
import { type FamilyKey, periods, trends, type Unit } from '@/lib/feelings/trends';
import { FAMILY_IDS } from '@/lib/feelings/vocabulary';
import { keyFor, t } from '@/lib/i18n';
import { kindLabel } from '../KindSelect';

const COUNT = 12;
const FAMILY_KEYS: FamilyKey[] = [...FAMILY_IDS, 'own'];
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' });
const weekFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

function familyLabel(f: FamilyKey): string {
  return f === 'own' ? t('options_familyOwn') : t(keyFor('family', f));
}

/**
 * Feelings over the last 12 weeks or months: how many were named and how strong they were on
 * average, with the same numbers as a table for screen readers and for anyone who prefers it.
 * Reads only the range shown, through the date index.
 */
export default function Trends({ now = Date.now() }: { now?: number }) {
  const id = useId();
  const [unit, setUnit] = useState<Unit>('week');
  const from = periods(now, unit, COUNT)[0]?.from ?? 0;
  const data = useLiveQuery(async () => {
    const [feelings, rejections] = await readTogether(['feelings', 'rejections'], () =>
      Promise.all([listRecords('feelings', { from }), listRecords('rejections', { from })]),
    );
    return trends(feelings, rejections, { now, unit, count: COUNT });
  }, [from, unit]);
  const label = (t0: number) => (unit === 'month' ? monthFormat : weekFormat).format(t0);
  const max = useMemo(() => Math.max(1, ...(data?.periods.map((p) => p.count) ?? [])), [data]);
  if (!data) return <p className="muted">{t('common_loading')}</p>;
  const total = data.periods.reduce((n, p) => n + p.count, 0);

  const W = 600;
  const H = 200;
  const pad = { left: 32, right: 32, top: 12, bottom: 28 };
  const bw = (W - pad.left - pad.right) / COUNT;
  const y = (v: number, top: number) => pad.top + (H - pad.top - pad.bottom) * (1 - v / top);
  const line = data.periods
    .map((p, i) => (p.intensity === null ? null : `${pad.left + bw * (i + 0.5)},${y(p.intensity, 10)}`))
    .filter(Boolean)
    .join(' ');
  const topFamilies = (f: Record<FamilyKey, number>) =>
    (Object.entries(f) as [FamilyKey, number][])
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, n]) => `${familyLabel(k)} ${n}`)
      .join(', ');

  return (
    <div className="stack">
      <fieldset className="row unit">
        <legend>{t('options_trendsBy')}</legend>
        {(['week', 'month'] as const).map((u) => (
          <label key={u} className="check">
            <input type="radio" name={`${id}-unit`} checked={unit === u} onChange={() => setUnit(u)} />{' '}
            {u === 'week' ? t('options_byWeek') : t('options_byMonth')}
          </label>
        ))}
      </fieldset>
      {total === 0 ? (
        <p className="muted">{t('options_trendsEmpty')}</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="chart"
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
            data-testid="trends-chart"
          >
            <title id={`${id}-title`}>{t('options_trendsTitle')}</title>
            <desc id={`${id}-desc`}>{t('options_chartDesc', String(total))}</desc>
            <line x1={pad.left} x2={W - pad.right} y1={y(0, 1)} y2={y(0, 1)} className="axis" />
            {data.periods.map((p, i) => {
              // Families stacked from the bottom, in the vocabulary's order, so colours stay put.
              let top = 0;
              return (
                <g key={p.from}>
                  {FAMILY_KEYS.filter((f) => p.families[f] > 0).map((f) => {
                    const y0 = y(top, max);
                    top += p.families[f];
                    const y1 = y(top, max);
                    return (
                      <rect
                        key={f}
                        x={pad.left + bw * i + bw * 0.15}
                        width={bw * 0.7}
                        y={y1}
                        height={Math.max(0, y0 - y1)}
                        className={`fam fam-${f}`}
                      />
                    );
                  })}
                  {(i % 2 === 0 || unit === 'month') && (
                    <text x={pad.left + bw * (i + 0.5)} y={H - 8} textAnchor="middle" className="tick">
                      {label(p.from)}
                    </text>
                  )}
                </g>
              );
            })}
            {line && <polyline points={line} className="intensity" />}
            {data.periods.map((p, i) =>
              p.intensity === null ? null : (
                <circle
                  key={p.from}
                  cx={pad.left + bw * (i + 0.5)}
                  cy={y(p.intensity, 10)}
                  r={4}
                  className="dot"
                />
              ),
            )}
            <text x={4} y={pad.top + 4} className="tick">
              {max}
            </text>
            <text x={W - 4} y={pad.top + 4} textAnchor="end" className="tick">
              10
            </text>
          </svg>
          <ul className="legend small" aria-hidden="true">
            {FAMILY_KEYS.filter((f) => data.periods.some((p) => p.families[f] > 0)).map((f) => (
              <li key={f}>
                <span className={`swatch fam-${f}`} /> {familyLabel(f)}
              </li>
            ))}
            <li>
              <span className="swatch line-swatch" /> {t('options_legendIntensity')}
            </li>
          </ul>
        </>
      )}
      <details>
        <summary>{t('options_trendsTable')}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('options_trendsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{unit === 'week' ? t('options_weekOf') : t('options_month')}</th>
              <th scope="col">{t('options_legendCount')}</th>
              <th scope="col">{t('options_legendIntensity')}</th>
              <th scope="col">{t('options_mainFamilies')}</th>
            </tr>
          </thead>
          <tbody>
            {data.periods.map((p) => (
              <tr key={p.from}>
                <th scope="row">{label(p.from)}</th>
                <td>{p.count}</td>
                <td>{p.intensity ?? '—'}</td>
                <td>{topFamilies(p.families) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>{t('options_kindsTitle')}</h3>
      {data.kinds.length === 0 ? (
        <p className="muted">{t('options_kindsEmpty')}</p>
      ) : (
        <table className="data-table" data-testid="kinds-table">
          <caption className="visually-hidden">{t('options_kindsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_kindColumn')}</th>
              <th scope="col">{t('options_kindFeelings')}</th>
              <th scope="col">{t('options_kindEvents')}</th>
            </tr>
          </thead>
          <tbody>
            {data.kinds.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{kindLabel(k.kind)}</th>
                <td>{k.feelings}</td>
                <td>{k.events}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
