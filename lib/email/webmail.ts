/**
 * Reads the message the person has open in webmail: subject, sender, text, and an id to tell
 * messages apart. Each reader knows one app's page; they return undefined until a message has
 * rendered (these apps render late and navigate without reloads).
 */
export interface OpenMessage {
  /** The app's own id for the message, or failing that subject + sender: only ever hashed. */
  id: string;
  subject: string;
  from: string;
  body: string;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
// The body's markup goes to the classifier, which turns blocks into sentence breaks; it is read
// as a string and never put back into any page.
const markup = (el: Element | null | undefined) => (el?.textContent?.trim() ? el.innerHTML : '');

function gmail(doc: Document): OpenMessage | undefined {
  const subject = text(doc.querySelector('h2.hP'));
  // In a thread the last message is the one just opened.
  const messages = doc.querySelectorAll('div.adn');
  const last = messages[messages.length - 1];
  if (!subject || !last) return undefined;
  const body = markup(last.querySelector('div.a3s'));
  if (!body) return undefined;
  const sender = last.querySelector('span.gD[email], span[email]');
  const name = sender?.getAttribute('name') ?? text(sender);
  const email = sender?.getAttribute('email') ?? '';
  const from = email ? `${name} <${email}>` : name;
  const id =
    last.getAttribute('data-message-id') ??
    last.querySelector('[data-legacy-message-id]')?.getAttribute('data-legacy-message-id') ??
    last.querySelector('[data-message-id]')?.getAttribute('data-message-id') ??
    `${subject}\n${from}`;
  return { id, subject, from, body };
}

function outlook(doc: Document, url: URL): OpenMessage | undefined {
  const pane = doc.querySelector('[aria-label="Reading Pane"], #ReadingPaneContainerId, [role="main"]');
  if (!pane) return undefined;
  const bodies = pane.querySelectorAll('[aria-label="Message body"], [role="document"]');
  const bodyEl = bodies[bodies.length - 1];
  const body = markup(bodyEl);
  const subject = text(
    pane.querySelector('[role="heading"][aria-level="2"], [data-testid="subject"], [id$="_SUBJECT"]'),
  );
  if (!body || !subject) return undefined;
  const senderEl = pane.querySelector('[aria-label^="From:"], [data-testid="sender"], span[title*="@"]');
  const title = senderEl?.getAttribute('title') ?? '';
  const label = senderEl?.getAttribute('aria-label')?.replace(/^From:\s*/, '') ?? '';
  const name = text(senderEl) || label;
  const from = /@/.test(title) && !name.includes('@') ? `${name} <${title}>` : name || title;
  // Outlook puts the message id in the path: /mail/inbox/id/AAQk…
  const id = /\/id\/([^/?#]+)/.exec(url.pathname)?.[1] ?? `${subject}\n${from}`;
  return { id: decodeURIComponent(id), subject, from, body };
}

export function readOpenMessage(doc: Document, href: string): OpenMessage | undefined {
  const url = new URL(href);
  if (url.host === 'mail.google.com') return gmail(doc);
  if (/^outlook\.(?:live|office|office365)\.com$/.test(url.host)) return outlook(doc, url);
  return undefined;
}

/** A one-way key for a message: the same email gives the same key, and the key gives nothing back. */
export async function messageKey(host: string, id: string): Promise<string> {
  const bytes = new TextEncoder().encode(`redirection-email\n${host}\n${id}`);
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
