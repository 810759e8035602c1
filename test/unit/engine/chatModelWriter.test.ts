// The VS Code adapter (src/extension/languageModel/chatModelWriter.ts) over a fake chat model: it
// sends one user message with the request's prompt, reads the streamed reply to the end, and
// cancels the model's request when the run's signal aborts.
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { renderWritePrompt, type WriteRequest } from '../../../src/orchestrator/engine';
import { chatModelWriter, JUSTIFICATION, type ChatModel, type ChatPlumbing } from '../../../src/extension/languageModel/chatModelWriter';

const request: WriteRequest = {
  subsystem: 'creatives',
  field: 'variants[google_search-how-to].headline',
  purpose: 'Google Search responsive search ad headline, How-to angle',
  instructions: 'Write one headline.',
  facts: { product: 'Spring blend', audience: 'Home baristas 25-45' },
  draft: 'How to get more results',
  maxChars: 30,
  bannedTerms: ['competitors'],
};

interface FakeToken {
  cancelled: boolean;
  disposed: boolean;
}

function plumbing(tokens: FakeToken[]): ChatPlumbing {
  return {
    userMessage: (text) => ({ role: 1, content: [{ value: text }], name: undefined }) as unknown as vscode.LanguageModelChatMessage,
    tokenSource: () => {
      const t: FakeToken = { cancelled: false, disposed: false };
      tokens.push(t);
      return { token: t, cancel: () => (t.cancelled = true), dispose: () => (t.disposed = true) } as unknown as vscode.CancellationTokenSource;
    },
  };
}

function fakeModel(chunks: (token: FakeToken) => AsyncIterable<string>, sent: { messages: unknown[]; options: unknown }[]): ChatModel {
  return {
    name: 'Fake GPT',
    sendRequest: ((messages: unknown[], options: unknown, token: FakeToken) => {
      sent.push({ messages, options });
      return Promise.resolve({ text: chunks(token), stream: chunks(token) });
    }) as unknown as ChatModel['sendRequest'],
  };
}

describe('engine: the VS Code chat-model writer', () => {
  it('sends the prompt as one user message and returns the whole streamed reply', async () => {
    const tokens: FakeToken[] = [];
    const sent: { messages: unknown[]; options: unknown }[] = [];
    const model = fakeModel(async function* () {
      yield 'Brew ';
      yield 'better ';
      yield 'at home';
    }, sent);
    const writer = chatModelWriter(model, renderWritePrompt, plumbing(tokens));
    assert.equal(writer.name, 'Fake GPT');
    assert.equal(await writer.write(request, new AbortController().signal), 'Brew better at home');
    assert.equal(sent.length, 1);
    const prompt = (sent[0]!.messages as { content: { value: string }[] }[])[0]!.content[0]!.value;
    assert.match(prompt, /Task: Google Search responsive search ad headline, How-to angle\./);
    assert.match(prompt, /at most 30 characters/);
    assert.match(prompt, /Never use these words: "competitors"\./);
    assert.match(prompt, /- audience: Home baristas 25-45/);
    assert.match(prompt, /Draft to improve: How to get more results/);
    assert.deepEqual(sent[0]!.options, { justification: JUSTIFICATION });
    assert.deepEqual(tokens, [{ cancelled: false, disposed: true }]);
  });

  it('cancels the model request when the run is cancelled, and rejects', async () => {
    const tokens: FakeToken[] = [];
    const controller = new AbortController();
    const model = fakeModel(async function* (token) {
      yield 'Brew ';
      controller.abort();
      assert.equal(token.cancelled, true, 'the token is cancelled as soon as the signal aborts');
      yield 'more';
    }, []);
    const writer = chatModelWriter(model, renderWritePrompt, plumbing(tokens));
    await assert.rejects(writer.write(request, controller.signal), /Cancelled while the model was writing/);
    assert.deepEqual(tokens, [{ cancelled: true, disposed: true }]);
    await assert.rejects(writer.write(request, controller.signal), /Cancelled before the request was sent/);
    assert.equal(tokens.length, 1, 'no request after cancellation');
  });
});
