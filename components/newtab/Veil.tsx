import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { t } from '@/lib/i18n';

export interface VeilState {
  /** True while private content is hidden. */
  covered: boolean;
  reveal(): void;
  cover(): void;
  /** Whether the veil setting is on (so "cover again" makes sense). */
  enabled: boolean;
}

/** Keys that move around or belong to the browser; they never lift the veil by themselves. */
const PASSIVE_KEYS = new Set([
  'Tab',
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'Escape',
  'CapsLock',
  'F5',
  'F11',
  'F12',
]);

export function useVeil(enabled: boolean): VeilState {
  const [revealed, setRevealed] = useState(false);
  const reveal = useCallback(() => setRevealed(true), []);
  const cover = useCallback(() => setRevealed(false), []);
  return { covered: enabled && !revealed, reveal, cover, enabled };
}

/**
 * A calm cover over private content (the draft, memories, recent feelings): nothing private is
 * even in the page until the person clicks or presses a key. Someone watching a shared screen
 * sees only the cover.
 */
export function Veil({
  veil,
  onReveal,
  children,
}: {
  veil: VeilState;
  onReveal: () => void;
  children: ReactNode;
}) {
  const { covered, reveal } = veil;
  useEffect(() => {
    if (!covered) return;
    const onKey = (e: KeyboardEvent) => {
      if (PASSIVE_KEYS.has(e.key) || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      // Typing in a field or pressing a focused control does what that control does.
      if (target?.closest('input, textarea, select, button, a, summary, [contenteditable]')) return;
      e.preventDefault();
      reveal();
      onReveal();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [covered, reveal, onReveal]);

  if (covered) {
    return (
      <section className="veil" aria-labelledby="veil-title" data-testid="veil">
        <h2 id="veil-title">{t('newtab_veilTitle')}</h2>
        <p className="muted">{t('newtab_veilHint')}</p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            reveal();
            onReveal();
          }}
        >
          {t('newtab_veilReveal')}
        </button>
      </section>
    );
  }
  return (
    <div className="private stack fade-in" data-testid="private">
      {children}
      {veil.enabled && (
        <p>
          <button type="button" className="link" onClick={veil.cover}>
            {t('newtab_veilCover')}
          </button>
        </p>
      )}
    </div>
  );
}
