// End-to-end: the real bot host (built dll, local mode, loopback port chosen by the OS) and the real
// Microsoft 365 Agents Playground, driven through the playground's own HTTP API and websocket.
// Fails when the welcome card or the menu card does not arrive in the playground's conversation.
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
