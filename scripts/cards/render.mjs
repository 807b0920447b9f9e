// Renders Adaptive Card JSON files to PNG pictures with the official renderer (adaptivecards) in
// headless Chromium, styled close to Teams' light theme. Usage: node render.mjs <json-folder> <png-folder>
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [, , input, output] = process.argv;
if (!input || !output) {
  console.error('usage: node render.mjs <json-folder> <png-folder>');
  process.exit(2);
}

const here = fileURLToPath(new URL('.', import.meta.url));
const script = (path) => readFileSync(join(here, 'node_modules', path), 'utf8');
const hostConfig = {
  fontFamily: "'Segoe UI', 'Noto Sans CJK SC', 'Noto Sans', sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 32, padding: 16 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5B5FC7' }, good: { default: '#237B4B' }, warning: { default: '#835B00' }, attention: { default: '#C4314B' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
    good: { backgroundColor: '#E7F2DA' }, warning: { backgroundColor: '#FBF6D9' }, attention: { backgroundColor: '#FCF4F6' }, accent: { backgroundColor: '#E8EBFA' },
  },
  actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline' } },
};

mkdirSync(output, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1.5 });
  for (const file of readdirSync(input).filter((f) => f.endsWith('.json')).sort()) {
    // A fresh page per card: the renderer's lang check is a global regular expression whose state
    // leaks from one card to the next.
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
      ${script('adaptivecards/dist/adaptivecards.css')}
      body { margin: 0; background: #EBEBEB; font-family: ${hostConfig.fontFamily}; }
      #frame { display: inline-block; padding: 16px; }
      #card { background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.15); overflow: hidden; }
      .ac-pushButton { border: 1px solid #D1D1D1; border-radius: 4px; background: #FFFFFF; padding: 6px 12px; font-weight: 600; color: #242424; }
    </style></head><body><div id="frame"><div id="card"></div></div></body></html>`);
    await page.addScriptTag({ content: script('markdown-it/dist/markdown-it.min.js') });
    await page.addScriptTag({ content: script('adaptivecards/dist/adaptivecards.js') });
    const card = JSON.parse(readFileSync(join(input, file), 'utf8'));
    const width = card.msteams?.width === 'Full' ? 880 : 480;
    const problems = await page.evaluate(({ card, hostConfig, width }) => {
      const md = window.markdownit();
      window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
        result.outputHtml = md.render(text);
        result.didProcess = true;
      };
      const adaptive = new window.AdaptiveCards.AdaptiveCard();
      adaptive.hostConfig = new window.AdaptiveCards.HostConfig(hostConfig);
      const context = new window.AdaptiveCards.SerializationContext();
      adaptive.parse(card, context);
      const host = document.getElementById('card');
      host.style.width = `${width}px`;
      host.replaceChildren(adaptive.render());
      const events = [];
      for (let i = 0; i < context.eventCount; i++) {
        events.push(context.getEventAt(i).message);
      }
      return [...events, ...adaptive.validateProperties().validationEvents.map((e) => e.message)];
    }, { card, hostConfig, width });
    if (problems.length > 0) {
      console.error(`${file}: ${problems.join('; ')}`);
      process.exitCode = 1;
    }

    await page.evaluate(() => document.fonts.ready);
    const target = join(output, `${basename(file, '.json')}.png`);
    await page.locator('#frame').screenshot({ path: target });
    console.log(`${file} -> ${target}`);
  }
} finally {
  await browser.close();
}
