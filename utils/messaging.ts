// The browser side of lib/messages.ts: typed send and a validating dispatcher.
import { browser, type Browser } from 'wxt/browser';
import { PRIVILEGED, parseMessage, type Message, type MessageType, type Protocol, type Reply, type TabMessageType, type TabProtocol } from '../lib/messages.ts';

/** Sends a request to the background and returns its response, or throws its error. */
export async function send<K extends MessageType>(type: K, payload: Protocol[K]['request']): Promise<Protocol[K]['response']> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export type Sender = Browser.runtime.MessageSender;
export type Handlers = {
  [K in MessageType]: (payload: Protocol[K]['request'], sender: Sender) => Promise<Protocol[K]['response']>;
};

/** Registers the background's handlers; malformed messages get an error reply and are not acted on. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    // Only this extension's own contexts may talk to the background.
    if (sender.id !== browser.runtime.id) return undefined;
    const msg: Message | null = parseMessage(raw);
    if (!msg) return Promise.resolve({ ok: false, error: 'Malformed message' });
    // Content scripts run beside untrusted pages: changing the corpus is for extension pages only.
    if (PRIVILEGED.has(msg.type) && !isExtensionPage(sender)) {
      return Promise.resolve({ ok: false, error: 'Only the extension’s own pages may do that' });
    }
    const handler = handlers[msg.type] as (p: unknown, s: Sender) => Promise<unknown>;
    return handler(msg.payload, sender).then(
      (value) => ({ ok: true, value }),
      (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
  });
}

/** Sends a request to a tab's content script (top frame). */
export async function sendToTab<K extends TabMessageType>(
  tabId: number,
  type: K,
  payload: TabProtocol[K]['request'],
): Promise<TabProtocol[K]['response']> {
  return (await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 })) as TabProtocol[K]['response'];
}

/** Was this message sent by one of the extension's own pages (options, popup), not a content script? */
export function isExtensionPage(sender: Sender): boolean {
  const origin = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(origin) && (!sender.tab || !!sender.tab.url?.startsWith(origin));
}
