import type { z } from 'zod';
import type { Message, MessageId } from '../i18n/i18n.ts';
import { problem } from './problem.ts';

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Formats a zod issue path the way a reader writes it: `partners[3].aims[0].text`. */
export function formatIssuePath(path: PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (identifier.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** The schemas' own messages (schema.ts, tour-schema.ts, iso3-schema.ts), by their English text. */
const SCHEMA_MESSAGES: Record<string, MessageId> = {
  'expected a kebab-case id': 'validation.kebabId',
  'expected an ISO 3166-1 alpha-3 code': 'validation.iso3',
  'expected an upper-case acronym': 'validation.acronym',
  'expected visible text, got only white space': 'validation.visibleText',
  'Invalid ISO date': 'validation.isoDate',
};

type Sized = 'array' | 'string' | 'number';
const SIZED = new Set<string>(['array', 'string', 'number']);
const TOO_SMALL: Record<Sized, MessageId> = {
  array: 'validation.tooSmallArray',
  string: 'validation.tooSmallString',
  number: 'validation.tooSmallNumber',
};
const TOO_BIG: Record<Sized, MessageId> = {
  array: 'validation.tooBigArray',
  string: 'validation.tooBigString',
  number: 'validation.tooBigNumber',
};

/**
 * One zod issue as a message naming its path: the type, value, size and format checks the schemas
 * use get words of their own in every language; any other issue keeps zod's (English) text.
 */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  const path = formatIssuePath(issue.path);
  const known = SCHEMA_MESSAGES[issue.message];
  if (known) return problem(known, path);
  if (issue.code === 'invalid_type') {
    const received = /received (\S+)$/.exec(issue.message)?.[1] ?? 'undefined';
    return problem('validation.expectedType', path, { expected: issue.expected, received });
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v));
    if (values.length === 1) return problem('validation.expectedValue', path, { value: values[0] ?? '' });
    return problem('validation.expectedOneOf', path, { values: values.join(' | ') });
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && SIZED.has(issue.origin)) {
    const small = issue.code === 'too_small';
    const limit = Number(small ? issue.minimum : issue.maximum);
    return problem((small ? TOO_SMALL : TOO_BIG)[issue.origin as Sized], path, { limit });
  }
  return problem('validation.other', path, {
    detail: issue.message.replace(/^Invalid (input|option): /, ''),
  });
}
