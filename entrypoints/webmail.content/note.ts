import { t } from '@/lib/i18n';

/** Shared look for the two in-page notes: quiet, in a corner, light and dark. */
export const noteCss = `
:host { all: initial; }
.note {
  color-scheme: light dark;
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483646;
  max-width: 22rem; padding: 14px 16px; border-radius: 12px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: light-dark(#fffdf9, #1f2529); color: light-dark(#24303a, #e9e6e0);
  border: 1px solid light-dark(#d6d1c8, #3b454b); box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
}
.note p { margin: 0 0 10px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; }
button {
  font: inherit; cursor: pointer; border-radius: 8px; padding: 4px 10px;
  border: 1px solid light-dark(#2d6a5e, #8fd0bf); background: transparent; color: light-dark(#2d6a5e, #8fd0bf);
}
button.primary { background: light-dark(#2d6a5e, #8fd0bf); color: light-dark(#ffffff, #10201c); }
button.close { position: absolute; top: 6px; right: 6px; border: 0; padding: 2px 8px; font-size: 18px; line-height: 1; color: inherit; }
button:focus-visible { outline: 3px solid light-dark(#1f5fa8, #9cc7ff); outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) { .note { animation: in 200ms ease-out; } }
@keyframes in { from { opacity: 0; transform: translateY(6px); } }
`;

interface Actions {
  open: (page: 'popup' | 'reframe') => void;
  notANo: () => void;
  close: () => void;
}

function button(label: string, onClick: () => void, className?: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (className) b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

/** The note after a noticed no. Text only (textContent), never the email's words. */
export function renderNote(container: HTMLElement, who: string, actions: Actions): HTMLElement {
  const note = document.createElement('section');
  note.className = 'note';
  note.setAttribute('aria-label', t('email_noteLabel'));
  note.dataset.testid = 'redirection-email-note';
  const text = document.createElement('p');
  text.setAttribute('role', 'status');
  text.textContent = who ? t('email_noteWho', who) : t('email_noteNoWho');
  const row = document.createElement('div');
  row.className = 'row';
  const done = (fn: () => void) => () => {
    fn();
    actions.close();
  };
  row.append(
    button(
      t('email_noteName'),
      done(() => actions.open('popup')),
      'primary',
    ),
    button(
      t('email_noteReframe'),
      done(() => actions.open('reframe')),
    ),
    button(t('email_noteNotANo'), done(actions.notANo)),
  );
  const close = button('×', actions.close, 'close');
  close.setAttribute('aria-label', t('common_close'));
  note.append(text, row, close);
  note.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') actions.close();
  });
  container.append(note);
  return note;
}
