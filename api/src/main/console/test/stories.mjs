// Browser stories for the worker console, driven by ConsoleBrowserTest (JUnit), which boots the
// application and owns the test clock. This script talks to it over stdin/stdout, one line each way:
//   it prints  "ADVANCE <minutes>" / "ADVANCE_TO <instant>"  and waits for  "OK <epoch millis of the change>";
//   it prints  "RESULT <name> <value>"  for the figures the test reports, and exits non-zero on failure.
// Chromium: Debian's /usr/bin/chromium when installed, otherwise the one inside @sparticuz/chromium.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const base = process.env.BASE_URL;
const screenshots = process.env.SCREENSHOT_DIR;
const story = JSON.parse(process.env.STORY ?? '{}');
const password = 'homeward-demo';
mkdirSync(screenshots, { recursive: true });

const replies = createInterface({ input: process.stdin });
const waiting = [];
replies.on('line', (line) => waiting.shift()?.(line));
function ask(command) {
  return new Promise((resolve, reject) => {
    waiting.push((line) => line.startsWith('OK') ? resolve(Number(line.split(' ')[1])) : reject(new Error(line)));
    console.log(command);
  });
}
const result = (name, value) => console.log(`RESULT ${name} ${value}`);

async function launch() {
  const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
  if (existsSync('/usr/bin/chromium')) {
    return chromium.launch({ executablePath: '/usr/bin/chromium', args: flags, headless: true });
  }
  const packaged = (await import('@sparticuz/chromium')).default;
  const keep = packaged.args.filter((arg) => !/^--(single-process|disable-web-security|allow-running-insecure-content|headless)/.test(arg));
  return chromium.launch({ executablePath: await packaged.executablePath(), args: [...keep, ...flags], headless: true });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeResults = [];
async function axe(page, name) {
  await page.addScriptTag({ content: axeSource });
  const outcome = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  axeResults.push([name, outcome.length]);
  result(`axe.${name}`, outcome.length);
  if (outcome.length) {
    throw new Error(`axe found ${outcome.length} violation(s) on ${name}: ${JSON.stringify(outcome)}`);
  }
}

async function shot(page, name) {
  await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: name !== 'record' });
}

async function signIn(page, who) {
  await page.goto(`${base}/console/`);
  await page.getByLabel('Email address').fill(`${who}@demo.homeward.app`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * Waits until the condition holds in the page, checked by a MutationObserver on every change to the
 * page's DOM; answers when it first held (epoch millis, taken in the page as it changed).
 */
async function when(page, condition, arg) {
  return page.evaluate(([source, argument]) => new Promise((resolve, reject) => {
    const check = new Function('argument', `return (${source})(argument)`);
    if (check(argument)) {
      resolve(Date.now());
      return;
    }
    const observer = new MutationObserver(() => {
      if (check(argument)) {
        observer.disconnect();
        resolve(Date.now());
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => {
      observer.disconnect();
      const live = document.querySelector('[role=status]')?.textContent;
      reject(new Error(`not within 30 s: ${source}\nlive: ${live}\npage: ${document.querySelector('main')?.innerText}`));
    }, 30000);
  }), [condition.toString(), arg ?? null]);
}

const overdueRow = (name) => [...document.querySelectorAll('table caption')]
  .filter((c) => c.textContent.startsWith('Plans past their return time'))
  .some((c) => c.closest('table').textContent.includes(name));
const overdueStep = ([name, step]) => [...document.querySelectorAll('table caption')]
  .filter((c) => c.textContent.startsWith('Plans past their return time'))
  .some((c) => [...c.closest('table').querySelectorAll('tr')].some((tr) => tr.textContent.includes(name) && tr.textContent.includes(`Step ${step} of 4`)));

const browser = await launch();
try {
  // A keyboard-only sign-in on the sign-in page, checked by axe first.
  const manager = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await manager.goto(`${base}/console/`);
  await manager.getByLabel('Email address').waitFor();
  await axe(manager, 'sign-in');
  await shot(manager, 'sign-in');
  await manager.keyboard.press('Tab'); // skip link
  await manager.keyboard.press('Tab'); // brand
  await manager.getByLabel('Email address').focus();
  await manager.keyboard.type('kim@demo.homeward.app');
  await manager.keyboard.press('Tab');
  await manager.keyboard.type(password);
  await manager.keyboard.press('Enter');
  await manager.getByRole('button', { name: 'Sign out' }).waitFor();

  // Story 1: the manager watches Amira's overdue plan appear, and climb, as the test clock passes her return time.
  // Time to interactive: from navigation start to the board shown (data in, handlers attached), median of 3 loads.
  await manager.goto(`${base}/console/#/board`);
  const loads = [];
  for (let i = 0; i < 3; i++) {
    await manager.reload();
    await manager.locator('[data-board-ready="true"]').waitFor();
    loads.push(await manager.evaluate(() => performance.getEntriesByName('board-interactive')[0]?.startTime));
  }
  loads.sort((a, b) => a - b);
  result('board.time-to-interactive-ms', Math.round(loads[1]));
  result('board.time-to-interactive-ms.all', loads.map(Math.round).join(','));
  await manager.getByText('Live: this board updates by itself.').waitFor();
  if (await manager.evaluate(overdueRow, 'Amira Hassan')) throw new Error('Amira is overdue before her return time');
  await axe(manager, 'board-empty');

  // Each watch starts before the change, so that the time seen is when the board showed it.
  let watching = when(manager, overdueRow, 'Amira Hassan');
  let changed = await ask(`ADVANCE_TO ${story.pastReturn}`);
  let seen = await watching;
  result('board.live-latency-ms.overdue', seen - changed);
  await when(manager, overdueStep, ['Amira Hassan', 1]);
  watching = when(manager, overdueStep, ['Amira Hassan', 2]);
  changed = await ask('ADVANCE 15');
  seen = await watching;
  result('board.live-latency-ms.step-2', seen - changed);
  await axe(manager, 'board-manager');
  await shot(manager, 'board');

  // Story 2: Sam, her carer, opens the alert from his board and acknowledges it: it leaves the manager's board.
  const carer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(carer, 'sam');
  await carer.locator('[data-board-ready="true"]').waitFor();
  await axe(carer, 'board-carer');
  await carer.getByRole('link', { name: 'Open alert for Amira Hassan' }).click();
  await carer.getByRole('heading', { name: /Late return: step 2 of 4/ }).waitFor();
  await axe(carer, 'alert');
  await shot(carer, 'alert');
  watching = when(manager, (name) => ![...document.querySelectorAll('table caption')]
    .filter((c) => c.textContent.startsWith('Plans past their return time'))
    .some((c) => c.closest('table').textContent.includes(name)), 'Amira Hassan');
  const acknowledged = Date.now();
  await carer.getByRole('button', { name: "Acknowledge: I'm dealing with it" }).click();
  await carer.getByText('Acknowledged: the ladder has stopped.').waitFor();
  seen = await watching;
  result('board.live-latency-ms.acknowledged', seen - acknowledged);
  await manager.getByText('Acknowledged, not home yet').waitFor();
  await axe(carer, 'alert-acknowledged');

  // Story 3: Lee, her worker, sees Jordan's help request and Amira still out, reports her missing from
  // the alert, and works the help request; the record shows it all, with the audit log.
  const worker = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(worker, 'lee');
  await worker.locator('[data-board-ready="true"]').waitFor();
  await worker.getByRole('link', { name: 'Open help request from Jordan Reid' }).click();
  await worker.getByRole('heading', { name: /Unsafe/ }).waitFor();
  await axe(worker, 'help-request');
  await worker.getByRole('button', { name: "Acknowledge: I've got this" }).click();
  await worker.getByText('Acknowledged: the escalation has stopped.').waitFor();
  await worker.getByLabel('Worker attended').check();
  await worker.getByRole('button', { name: 'Close the help request' }).click();
  await worker.getByText('Closed.').waitFor();
  await axe(worker, 'help-request-closed');
  await worker.goto(`${base}/console/#/alerts/${encodeURIComponent(story.amiraAlert)}`);
  await worker.getByRole('button', { name: 'Report missing' }).click();
  watching = when(manager, () => [...document.querySelectorAll('table caption')]
    .filter((c) => c.textContent.startsWith('Young people with an open missing episode'))
    .some((c) => c.closest('table').textContent.includes('Amira Hassan')));
  const reported = Date.now();
  await worker.getByRole('button', { name: 'Yes, report missing' }).click();
  await worker.getByText(/Reported missing/).waitFor();
  seen = await watching;
  result('board.live-latency-ms.missing', seen - reported);
  await axe(manager, 'board-missing');
  await worker.getByRole('link', { name: 'Young people' }).click();
  await worker.getByRole('table').waitFor();
  await axe(worker, 'young-people');
  await worker.getByRole('link', { name: 'Amira Hassan' }).click();
  await worker.getByRole('heading', { name: 'Audit log' }).waitFor();
  await worker.getByText('young-person.read').first().waitFor();
  await axe(worker, 'record');
  await shot(worker, 'record');
  await worker.getByRole('link', { name: story.planWhere }).click();
  await worker.getByRole('heading', { name: new RegExp(story.planWhere) }).waitFor();
  await worker.getByText('No check-ins yet.').waitFor();
  await axe(worker, 'plan');

  // Story 4: Alex, a moderator, claims and approves a contributor's item.
  const moderator = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(moderator, 'alex');
  await moderator.getByRole('heading', { name: 'Moderation queue' }).waitFor();
  await moderator.getByRole('table').waitFor();
  await axe(moderator, 'moderation-queue');
  await moderator.getByRole('link', { name: new RegExp(story.itemTitle) }).first().click();
  await moderator.getByRole('button', { name: 'Claim this item' }).click();
  await moderator.getByRole('button', { name: 'Approve' }).waitFor();
  await axe(moderator, 'moderation-item');
  await shot(moderator, 'moderation-item');
  await moderator.getByRole('button', { name: 'Approve' }).click();
  await moderator.getByText('Approved.').waitFor();
  await moderator.getByText(/Approved$/).first().waitFor();

  // Story 4b: Kim assembles the weekly multi-agency meeting's pack, previews what the police would read,
  // and releases it; Pat, the police partner, reads what was shared with the police.
  await manager.getByRole('link', { name: 'Meeting' }).click();
  await manager.getByRole('heading', { name: 'Multi-agency meeting packs' }).waitFor();
  await manager.getByRole('button', { name: "Assemble the next meeting's pack now" }).click();
  await manager.getByText('The pack is assembled').waitFor();
  await axe(manager, 'meeting-packs');
  await manager.getByRole('table').getByRole('link').first().click();
  await manager.getByRole('heading', { name: /Pack for the meeting on/ }).waitFor();
  await manager.getByLabel('Agency').selectOption({ label: 'Demo Police Missing Persons Unit (Police)' });
  await manager.getByText(/Demo Police Missing Persons Unit: preview/).waitFor();
  await axe(manager, 'meeting-pack');
  await shot(manager, 'meeting-pack');
  await manager.getByRole('button', { name: 'Release to the agencies' }).click();
  await manager.getByText('Released: each agency can read its view').waitFor();
  const partner = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(partner, 'pat');
  await partner.getByRole('heading', { name: 'Shared with your agency' }).waitFor();
  await axe(partner, 'shared-packs');
  await partner.getByRole('table').getByRole('link').first().click();
  await partner.getByText('What was shared with your agency').waitFor();
  await axe(partner, 'shared-pack');

  // Story 5: the session ends when the token can no longer be refreshed. Priya's account is disabled
  // while she is signed in; an hour later (the page's clock moved on) her token has expired, its
  // refresh is refused, and the console signs her out and says why.
  const config = await (await fetch(`${base}/console/config.json`)).json();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.clock.install();
  const carerTwo = await context.newPage();
  await signIn(carerTwo, 'priya');
  await carerTwo.locator('[data-board-ready="true"]').waitFor();
  const owner = { 'Content-Type': 'application/json', Authorization: 'Bearer owner' };
  const accounts = `${config.authEmulatorUrl}/identitytoolkit.googleapis.com/v1/projects/${config.projectId}`;
  const found = await (await fetch(`${accounts}/accounts:lookup`, { method: 'POST', headers: owner,
    body: JSON.stringify({ email: ['priya@demo.homeward.app'] }) })).json();
  const disabled = await fetch(`${accounts}/accounts:update`, { method: 'POST', headers: owner,
    body: JSON.stringify({ localId: found.users[0].localId, disableUser: true }) });
  if (!disabled.ok) throw new Error(`could not disable the account: ${disabled.status}`);
  await carerTwo.clock.fastForward('01:01:00');
  await carerTwo.getByRole('link', { name: 'Young people' }).click();
  await carerTwo.getByText(/Your session has ended/).waitFor();
  await carerTwo.getByLabel('Email address').waitFor();
  await axe(carerTwo, 'signed-out');
  result('session.ended-on-refused-refresh', 'yes');

  console.log(`AXE ${JSON.stringify(axeResults)}`);
} finally {
  await browser.close();
  replies.close();
}
