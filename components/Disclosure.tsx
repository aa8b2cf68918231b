import { type ReactNode, useState } from 'react';

/**
 * A <details> whose content is built only once first opened: less work on a page's first render.
 * The summary's click (mouse, Enter or Space) renders it at once, so a quick Tab lands inside.
 */
export function Disclosure({
  summary,
  className,
  children,
}: {
  summary: string;
  className?: string;
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: <summary> is the native, keyboard-operable toggle */}
      <summary onClick={() => setOpened(true)}>{summary}</summary>
      {opened && children()}
    </details>
  );
}
