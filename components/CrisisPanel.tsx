import { useEffect, useId, useRef } from 'react';
import { type MessageKey, t, uiLanguage } from '@/lib/i18n';

// Each line checked against its service before shipping (docs/CARE.md, "Crisis lines"):
// 988 and its Spanish option (press 2, text AYUDA): 988lifeline.org/get-help/what-to-expect;
// 024, Spain's line for suicidal behaviour (Ministerio de Sanidad, Cruz Roja; free, 24 hours);
// Línea de la Vida 800 911 2000, Mexico (CONASAMA, Secretaría de Salud; free, 24 hours);
// Samaritans 116 123 (samaritans.org, "Contact a Samaritan"); Lifeline Australia 13 11 14 (a
// Lifeline centre's FAQ); 1737 Need to Talk? (New Zealand, free call or text, as reported).
/** Opened by the person's click only; the extension itself requests nothing from it. */
const FIND_A_HELPLINE = 'https://findahelpline.com';
const ENGLISH_FIRST: MessageKey[] = [
  'crisis_us',
  'crisis_uk',
  'crisis_au',
  'crisis_nz',
  'crisis_es',
  'crisis_mx',
];
const SPANISH_FIRST: MessageKey[] = [
  'crisis_es',
  'crisis_us',
  'crisis_mx',
  'crisis_uk',
  'crisis_au',
  'crisis_nz',
];

/** The lines, Spanish ones first for Spanish words or a Spanish interface. */
export function CrisisLines({ lang }: { lang?: 'en' | 'es' | 'other' }) {
  const spanish = lang === 'es' || (lang !== 'en' && uiLanguage().startsWith('es'));
  return (
    <>
      <ul>
        {(spanish ? SPANISH_FIRST : ENGLISH_FIRST).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
        <li>
          {t('crisis_otherBefore')}{' '}
          <a href={FIND_A_HELPLINE} target="_blank" rel="noreferrer">
            {new URL(FIND_A_HELPLINE).host}
          </a>{' '}
          {t('crisis_otherAfter')}
        </li>
      </ul>
      <p>
        <strong>{t('crisis_emergency')}</strong>
      </p>
      <p className="muted small">{t('crisis_notService')}</p>
    </>
  );
}

/**
 * Crisis resources, shown calmly whenever typed or selected text speaks of self-harm. Put it
 * next to the field that raised it; it is announced once when it appears (role="alert") and
 * scrolls itself into view if it would be off-screen, so no one types on without seeing it.
 */
export function CrisisPanel({ lang }: { lang?: 'en' | 'es' | 'other' }) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el?.scrollIntoView) return;
    const box = el.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }, []);
  return (
    <div
      ref={ref}
      role="alert"
      aria-labelledby={`${id}-title`}
      className="crisis fade-in"
      data-testid="crisis"
    >
      <h2 id={`${id}-title`}>{t('crisis_title')}</h2>
      <p>{t('crisis_intro')}</p>
      <CrisisLines lang={lang} />
      <p className="muted">{t('crisis_continue')}</p>
    </div>
  );
}

/** A quiet, permanent way to the crisis lines on every page, whatever was typed. */
export function CrisisLinesLink() {
  return (
    <details className="crisis-link" data-testid="crisis-lines">
      <summary>{t('crisis_linesLink')}</summary>
      <div className="crisis">
        <CrisisLines />
      </div>
    </details>
  );
}
