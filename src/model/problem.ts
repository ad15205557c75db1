import type { Message, MessageId, MessageValues } from '../i18n/i18n.ts';

/**
 * A problem with a file, as a message not yet in words: `path` names where it is
 * (`partners[3].aims[0].text`), the other values what was found there.
 */
export const problem = (id: MessageId, path: string, values?: MessageValues): Message => ({
  id,
  values: { ...values, path },
});

/** The same problem, found inside a part of a larger file: `steps[0]` becomes `tour.steps[0]`. */
export const inside = (prefix: string, message: Message): Message => ({
  id: message.id,
  values: { ...message.values, path: `${prefix}${message.values?.path ?? ''}` },
});
