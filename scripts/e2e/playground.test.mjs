// End-to-end: the real bot host (built dll, local mode, loopback port chosen by the OS) and the real
// Microsoft 365 Agents Playground, driven through the playground's own HTTP API and websocket.
// Fails when the welcome card, the menu card or, after a full pre-visit session, the gap card does not arrive in the playground's conversation,
// or when an answered practice question is not replaced in place by its feedback, or when the bot's console shows SQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const playgroundBin = join(here, 'node_modules', '.bin', 'agentsplayground');
const startTimeoutMs = 60_000;
const replyTimeoutMs = 30_000;

let bot;
let playground;
let workDir;
let base;
let socket;
let botStartedAt;
let botConsole = '';
const received = [];
const waiters = new Set();

function botDll() {
  const candidates = [
    process.env.BOT_DLL,
    join(repo, 'src/SalesCoachBot.Web/bin/Release/net10.0/SalesCoachBot.Web.dll'),
    join(repo, 'src/SalesCoachBot.Web/bin/Debug/net10.0/SalesCoachBot.Web.dll'),
  ].filter(Boolean);
  const built = candidates.filter((p) => existsSync(p));
  assert.ok(built.length > 0, `Build the Web project first; looked for ${candidates.join(', ')}`);
  // BOT_DLL wins; otherwise the most recent build, so a stale Release never hides a fresh Debug.
  return process.env.BOT_DLL && existsSync(process.env.BOT_DLL)
    ? process.env.BOT_DLL
    : built.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

function waitForOutput(child, pattern, name) {
  return new Promise((resolvePromise, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${startTimeoutMs} ms:\n${seen}`)), startTimeoutMs);
    const onData = (chunk) => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { seen += chunk.toString(); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${name} exited with ${code}:\n${seen}`)); });
  });
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

function nextBotMessage(predicate) {
  const existing = received.find(predicate);
  if (existing) {
    return Promise.resolve(existing);
  }
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      waiters.delete(waiter);
      reject(new Error(`No matching bot message within ${replyTimeoutMs} ms; received: ${JSON.stringify(received).slice(0, 2000)}`));
    }, replyTimeoutMs);
    const waiter = { predicate, resolve: (message) => { clearTimeout(timer); resolvePromise(message); } };
    waiters.add(waiter);
  });
}

function cardOf(message) {
  const attachment = (message.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content;
}

before(async () => {
  const dll = botDll();
  workDir = mkdtempSync(join(tmpdir(), 'salescoach-playground-'));
  bot = spawn('dotnet', [dll], {
    cwd: dirname(dll),
    env: {
      ...process.env,
      ASPNETCORE_URLS: 'http://127.0.0.1:0',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      // A database of its own, so earlier runs' conversations never leak into this one.
      ConnectionStrings__SalesCoach: `Data Source=${join(workDir, 'salescoach.db')}`,
      DOTNET_NOLOGO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  botStartedAt = Date.now();
  // Everything the bot prints, as a developer running it sees it in the terminal.
  bot.stdout.on('data', (chunk) => { botConsole += chunk.toString(); });
  bot.stderr.on('data', (chunk) => { botConsole += chunk.toString(); });
  const [, botUrl] = await waitForOutput(bot, /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/, 'The bot');

  const port = await freePort();
  playground = spawn(playgroundBin, ['-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(port), '--dt'], {
    cwd: workDir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The playground silently takes another port when the one asked for is busy: read the real one.
  const [, actualPort] = await waitForOutput(playground, /Listening on (\d+)/, 'The Agents Playground');
  base = `http://localhost:${actualPort}`;

  socket = new WebSocket(`ws://localhost:${actualPort}/_ws_conversation/v1/conversations/stream`);
  socket.onmessage = (event) => {
    const data = JSON.parse(String(event.data));
    if (data.action !== 'createMessage') {
      return;
    }
    received.push(data.message);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(data.message)) {
        waiters.delete(waiter);
        waiter.resolve(data.message);
      }
    }
  };
  await new Promise((resolvePromise, reject) => {
    socket.onopen = resolvePromise;
    socket.onerror = () => reject(new Error('The playground websocket did not open'));
  });
});

after(() => {
  socket?.close();
  playground?.kill('SIGTERM');
  bot?.kill('SIGTERM');
  if (workDir) {
    rmSync(workDir, { recursive: true, force: true });
  }
});

async function personalChatId() {
  const response = await fetch(`${base}/_internal/v1/config`);
  assert.equal(response.status, 200);
  return (await response.json()).config.personalChat.id;
}

test('installing the app in the playground brings the welcome card', async () => {
  const conversationId = await personalChatId();
  const template = await fetch(`${base}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}&type=install`);
  assert.equal(template.status, 200);
  const install = await template.json();
  assert.equal(install.type, 'installationUpdate');

  const sent = await fetch(`${base}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(install),
  });
  assert.equal(sent.status, 200);

  const message = await nextBotMessage((m) => cardOf(m)?.body?.[0]?.text === 'Welcome to SalesCoachBot');
  const card = cardOf(message);
  assert.equal(card.type, 'AdaptiveCard');
  assert.equal(card.lang, 'en');
});

test('a message typed in the playground is answered with the menu card', async () => {
  const conversationId = await personalChatId();
  const text = `what can you do ${Date.now()}`;

  const posted = await fetch(`${base}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'text', text, textFormat: 'plain', from: { id: 'user-id-0' } }),
  });
  assert.equal(posted.status, 200);

  const message = await nextBotMessage((m) => cardOf(m)?.body?.[1]?.text?.startsWith("Sorry, I didn't catch that"));
  const card = cardOf(message);
  assert.equal(card.body[0].text, 'SalesCoachBot');
  assert.equal(card.lang, 'en');
});

// A bot message that arrives after the first `seen` messages and matches `predicate`.
function nextBotMessageAfter(seen, predicate) {
  return nextBotMessage((m) => received.indexOf(m) >= seen && predicate(m));
}

function buttons(element, found = []) {
  if (Array.isArray(element)) {
    element.forEach((item) => buttons(item, found));
  } else if (element && typeof element === 'object') {
    if (typeof element.type === 'string' && element.type.startsWith('Action.') && element.title) {
      found.push(element);
    }
    Object.entries(element).forEach(([key, value]) => key !== 'card' && key !== 'refresh' && buttons(value, found));
  }
  return found;
}

function texts(element, found = []) {
  if (Array.isArray(element)) {
    element.forEach((item) => texts(item, found));
  } else if (element && typeof element === 'object') {
    if (element.type === 'TextBlock') {
      found.push(element.text);
    }
    Object.entries(element).forEach(([key, value]) => key !== 'actions' && texts(value, found));
  }
  return found;
}

async function typeText(conversationId, text) {
  const seen = received.length;
  const posted = await fetch(`${base}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'text', text, textFormat: 'plain', from: { id: 'user-id-0' } }),
  });
  assert.equal(posted.status, 200);
  return seen;
}

// What the playground's page does when a card's button is pressed: an Action.Execute goes through its
// invoke route (the answer replaces the card), an Action.Submit through its submit route (a message).
let lastInvoke;
async function press(conversationId, message, title, inputs = {}) {
  const button = buttons(cardOf(message)).find((b) => b.title === title);
  assert.ok(button, `no button '${title}' on the card; it has: ${buttons(cardOf(message)).map((b) => b.title).join(', ')}`);
  const seen = received.length;
  if (button.type === 'Action.Execute') {
    assert.ok(button.verb, 'the playground refuses an Action.Execute without a verb');
    const invoked = await fetch(`${base}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: button.verb, title, data: { ...(button.data ?? {}), ...inputs } }, trigger: 'manual' },
        from: { id: 'user-id-0' },
        conversation: { id: conversationId },
        replyToId: message.messageId ?? message.id,
      }),
    });
    const answer = await invoked.text();
    assert.equal(invoked.status, 200, `invoke refused: ${answer}`);
    lastInvoke = JSON.parse(answer);
    return seen;
  }

  assert.equal(button.type, 'Action.Submit');
  const submitted = await fetch(`${base}/_conversation/v1/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      conversation: { id: conversationId },
      from: { id: 'user-id-0' },
      replyToId: message.messageId ?? message.id,
      value: { ...(button.data ?? {}), ...inputs },
    }),
  });
  assert.equal(submitted.status, 200, `submit refused: ${await submitted.text()} (message keys: ${Object.keys(message).join(",")}, id ${message.id})`);
  return seen;
}

test('a full pre-visit session in the playground ends with the gap card', async () => {
  const conversationId = await personalChatId();
  const hasButton = (title) => (m) => buttons(cardOf(m)).some((b) => b.title === title);

  // A new deal: the deals command offers "New deal" (or the form straight away), then its form.
  let seen = await typeText(conversationId, 'deals');
  let card = await nextBotMessageAfter(seen, (m) => hasButton('New deal')(m) || hasButton('Save')(m));
  if (!hasButton('Save')(card)) {
    seen = await press(conversationId, card, 'New deal');
    card = await nextBotMessageAfter(seen, hasButton('Save'));
  }
  seen = await press(conversationId, card, 'Save', {
    customer: 'Luoyang Bearings', name: 'Bearing steel tender', value: '2000000',
    closeOn: '2026-12-31', stage: 'EvaluatingProducts', decisionMethod: 'ScoredPanel',
  });
  // Pressed by Action.Execute: the form is replaced in place by the new deal and its next steps.
  assert.equal(lastInvoke.type, 'application/vnd.microsoft.card.adaptive');
  assert.ok(buttons(lastInvoke.value).some((b) => b.title === 'Next: Add people'), 'after a new deal, the next step is adding people');
  await nextBotMessageAfter(seen, (m) => cardOf(m)?.msteams?.width === 'Full');

  // The pre-visit checklist, filled and saved.
  seen = await typeText(conversationId, 'prep');
  card = await nextBotMessageAfter(seen, hasButton('Save'));
  seen = await press(conversationId, card, 'Save', {
    needsPreset: 'Fewer rejected batches', visitPurpose: 'Meet the technical evaluators',
    competitorPreset: 'Incumbent mill, cheaper', ourDifference: 'Cleaner steel, lower scrap',
    guidancePath: 'From scrap cost to total cost', commitmentToAsk: 'A trial order date',
  });
  // The saved checklist becomes its progress view in place; the gap card follows in the chat.
  assert.equal(lastInvoke.type, 'application/vnd.microsoft.card.adaptive');
  assert.ok(texts(lastInvoke.value).includes('Preparation 6/6 done.'), `progress in place of the checklist: ${JSON.stringify(texts(lastInvoke.value))}`);
  assert.ok(!JSON.stringify(lastInvoke.value).includes('Input.'), 'the replaced checklist has no inputs left');
  await nextBotMessageAfter(seen, (m) => cardOf(m)?.msteams?.width === 'Full');

  // The gap card: the decision chain table and the gaps of a deal with nobody on it yet.
  seen = await typeText(conversationId, 'gaps');
  const gaps = await nextBotMessageAfter(seen, (m) => cardOf(m)?.msteams?.width === 'Full');
  const gapCard = cardOf(gaps);
  assert.ok(JSON.stringify(gapCard.body).includes('"type":"Table"'), 'the gap card shows the decision chain as a table');
  assert.ok(texts(gapCard).some((t) => t.includes('Luoyang Bearings')), 'the gap card names the deal');
  assert.ok(buttons(gapCard).length > 0, 'each gap offers the flow that closes it');
});

function choiceSet(element) {
  if (Array.isArray(element)) {
    return element.map(choiceSet).find(Boolean);
  }
  if (element && typeof element === 'object') {
    return element.type === 'Input.ChoiceSet' ? element : Object.values(element).map(choiceSet).find(Boolean);
  }
  return undefined;
}

test('a practice question answered in the playground becomes its feedback in place', async () => {
  const conversationId = await personalChatId();
  const isQuestion = (m) => buttons(cardOf(m)).some((b) => b.title === 'Submit answer');
  const isCard = (m) => cardOf(m) !== undefined;

  let seen = await typeText(conversationId, '练习');
  const question = await nextBotMessageAfter(seen, isQuestion);
  const questionCard = cardOf(question);
  const answer = choiceSet(questionCard);
  assert.equal(answer?.id, 'answer', 'the question card asks for the answer with a choice set');
  const prompt = questionCard.fallbackText;
  assert.ok(texts(questionCard).includes(prompt), 'the question card shows its prompt');
  assert.equal(buttons(questionCard).find((b) => b.title === 'Submit answer').type, 'Action.Execute');

  // The learner picks the first option and presses "Submit answer": the playground's invoke route.
  seen = await press(conversationId, question, 'Submit answer', { answer: answer.choices[0].value });
  assert.equal(lastInvoke.type, 'application/vnd.microsoft.card.adaptive', `the answer replaces the question card: ${JSON.stringify(lastInvoke)}`);
  const feedback = lastInvoke.value;
  const verdict = texts(feedback)[0];
  assert.ok(['✅ Right!', '❌ Not right.'].includes(verdict), `the feedback's verdict comes first: ${JSON.stringify(texts(feedback))}`);
  assert.ok(texts(feedback).includes(prompt), 'the feedback repeats the question it answers');
  // The replaced card can no longer be answered: no choice set, no "Submit answer"; only the feedback's own buttons.
  assert.equal(choiceSet(feedback), undefined, 'the replaced question has no answer input left');
  const titles = buttons(feedback).map((b) => b.title);
  assert.ok(titles.includes('Next') && !titles.includes('Submit answer'), `the feedback's buttons: ${titles.join(', ')}`);

  // The old question's button pressed anyway (a client still showing it): refused politely in place, and
  // the chat gets the current step, the same feedback, again. Everything the first press sent comes before it.
  const stale = await press(conversationId, question, 'Submit answer', { answer: answer.choices[0].value });
  assert.equal(lastInvoke.type, 'application/vnd.microsoft.card.adaptive');
  assert.deepEqual(texts(lastInvoke.value), ['This card is out of date — here is the current step.']);
  assert.equal(buttons(lastInvoke.value).length, 0, 'the refusal has nothing to press');
  const current = await nextBotMessageAfter(stale, isCard);
  assert.equal(texts(cardOf(current))[0], verdict, 'the current step is the same feedback, not a second grading');
  assert.ok(texts(cardOf(current)).includes(prompt));

  // Answering sent no card of its own, so no duplicate question: the feedback took the question's place.
  // (The playground streams the bot's messages in the order it got them, so the first press's come before `current`.)
  const cardsBetween = received.slice(seen, received.indexOf(current)).filter(isCard);
  assert.deepEqual(cardsBetween.map((m) => texts(cardOf(m))[0]), [], 'no card was appended by the answer');
});

// The console of a local run (the shipped settings, as scripts/run.sh starts the bot) shows no SQL: not at
// start-up (migrations), not for the turns above, not for the idle workers (the outbox is polled every 5 s).
test('the bot\'s console shows no SQL from start-up, turns or the idle workers\' polls', async () => {
  const outboxPolls = 3;
  const idleFor = botStartedAt + outboxPolls * 5_000 + 1_000 - Date.now();
  if (idleFor > 0) {
    await new Promise((resolvePromise) => setTimeout(resolvePromise, idleFor));
  }

  assert.match(botConsole, /Now listening on: /, 'the bot\'s console is read');
  const sql = botConsole.split('\n').filter((line) => /Executed DbCommand|\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|PRAGMA)\b/.test(line));
  assert.deepEqual(sql, [], 'SQL on the console');
});
