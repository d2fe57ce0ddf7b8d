import { describe, expect, it } from 'vitest';
import { parseMessage } from './messages.ts';

const snapshot = {
  url: 'https://news.example/a',
  title: 'T',
  byline: null,
  siteName: null,
  publishedTime: null,
  language: 'en',
  text: 'Body',
  paragraphs: ['Body'],
};

describe('parseMessage', () => {
  it('accepts a well-formed analyze request', () => {
    expect(parseMessage({ type: 'analyze', payload: snapshot })).toEqual({ type: 'analyze', payload: snapshot });
  });
  it.each([
    ['no object', 'analyze'],
    ['an unknown type', { type: 'importPack', payload: {} }],
    ['a missing field', { type: 'analyze', payload: { ...snapshot, text: undefined } }],
    ['a wrong type', { type: 'analyze', payload: { ...snapshot, paragraphs: [1, 2] } }],
    ['a non-web URL', { type: 'analyze', payload: { ...snapshot, url: 'javascript:alert(1)' } }],
    ['an oversized text', { type: 'analyze', payload: { ...snapshot, text: 'x'.repeat(700_000) } }],
  ])('rejects %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

describe('screen requests', () => {
  const sample = { url: 'https://news.example/a', title: 'T', lead: 'Opening paragraphs', language: null };
  it('accepts a well-formed sample and drops extra fields', () => {
    expect(parseMessage({ type: 'screen', payload: { ...sample, extra: 'x'.repeat(10) } })).toEqual({ type: 'screen', payload: sample });
  });
  it.each([
    ['an oversized lead', { ...sample, lead: 'x'.repeat(20_000) }],
    ['a non-web URL', { ...sample, url: 'chrome://settings' }],
    ['a missing title', { ...sample, title: undefined }],
  ])('rejects %s', (_name, payload) => {
    expect(parseMessage({ type: 'screen', payload })).toBeNull();
  });
});
