// The review page in a real browser: `xhslint serve` on an ephemeral port,
// Debian's Chromium driven headless by playwright-core. Asserts on the DOM;
// saves screenshots under target/review-page/ for people to look at.
//
//   node tests/browser/review.test.mjs [path/to/xhslint]
//
// The binary defaults to $CARGO_TARGET_DIR/debug/xhslint (else
// target/debug/xhslint); Chromium to /usr/bin/chromium ($CHROMIUM).

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const targetDir = process.env.CARGO_TARGET_DIR || join(repo, 'target');
// Resolved here: the server runs in a temporary directory, where a relative
// path would name nothing.
const binary = resolve(process.argv[2] || join(targetDir, 'debug', 'xhslint'));
const shots = join(repo, 'target', 'review-page');
mkdirSync(shots, { recursive: true });

function startServer() {
  const cwd = mkdtempSync(join(tmpdir(), 'xhslint-serve-'));
  const child = spawn(binary, ['serve', '--port', '0', '--no-config'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveUrl, reject) => {
    let out = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before printing its URL`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = out.match(/http:\/\/\S+\//);
      if (url) resolveUrl({ child, url: url[0] });
    });
  });
}

const steps = [];
async function step(name, run) {
  process.stdout.write(`- ${name} … `);
  await run();
  steps.push(name);
  process.stdout.write('ok\n');
}

const { child, url } = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = null;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]');

  // Waits until the page has shown the report of what is in the fields now.
  const settled = async () => {
    await page.waitForFunction(() => !document.body.dataset.checking && document.body.dataset.checked
      && document.getElementById('status').textContent === '');
  };
  const rules = () => page.$$eval('#findings li', (lis) => lis.map((li) => li.dataset.rule));
  // The text under each underline of a finding, and where it is in the field.
  const underline = (rule) => page.evaluate((rule) => {
    const li = document.querySelector(`#findings li[data-rule="${rule}"]`);
    if (!li) return null;
    const id = li.dataset.index;
    const parts = [...document.querySelectorAll('.marks mark')].filter((m) => m.dataset.ids.split(' ').includes(id));
    if (!parts.length) return { text: '', field: null };
    const field = parts[0].parentElement.id.replace('-marks', '');
    const start = Number(parts[0].dataset.start);
    const end = Number(parts[parts.length - 1].dataset.end);
    return {
      field, start, end,
      marked: parts.map((m) => m.textContent).join(''),
      text: document.getElementById(field).value.slice(start, end),
    };
  }, rule);

  const body = '上脸很润🔥手慢无，到手价¥199。\n\n#护肤分享 #玻尿酸精华 #补水保湿 #换季护肤 #干皮救星';
  await step('type a Note with an emoji before 手慢无', async () => {
    await page.locator('#title').pressSequentially('限时24小时｜补水精华');
    await page.locator('#body').pressSequentially(body);
    await page.waitForSelector('#findings li[data-rule="pressure-phrase"]');
    await settled();
    assert.equal(await page.inputValue('#body'), body);
  });

  await step('the underline covers exactly 手慢无', async () => {
    const u = await underline('pressure-phrase');
    assert.equal(u.field, 'body');
    assert.equal(u.text, '手慢无');
    assert.equal(u.marked, '手慢无');
    // 上脸很润 is 4 UTF-16 units, 🔥 two: 手 is at 6.
    assert.equal(u.start, 6);
    assert.equal(u.end, 9);
    // The browser asks for Chinese (zh-CN): the page's own words are Chinese.
    assert.equal(await page.textContent('#units'), '9.5 / 20字');
    assert.equal(await page.textContent('#facts-panel summary > span'), '活动信息');
    assert.equal(await page.textContent('#generate'), '写标题');
    assert.equal(await page.getAttribute('#tags', 'data-count'), '5');
    assert.ok((await rules()).includes('unverified-scarcity'));
    await page.screenshot({ path: join(shots, '1-typed.png') });
  });

  await step('hovering the underline explains it', async () => {
    // The piece of underline on 手慢无 (the whole-Note findings, at the last
    // line of copy, underline the rest of the line too).
    const mark = page.locator('#body-marks mark.warning', { hasText: '手慢无' }).first();
    const box = await mark.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('#popover:not([hidden])');
    const text = await page.textContent('#popover');
    assert.match(text, /pressure-phrase/);
    // The browser asks for Chinese (zh-CN): the finding and why it matters
    // are in Chinese.
    assert.match(text, /“手慢无”是在逼读者下单/);
    // So are the severities, as in the list of findings.
    assert.ok((await page.$$eval('#popover .sev', (s) => s.map((x) => x.textContent))).includes('警告'));
    // Why it matters, from the rule's documentation.
    assert.ok((await page.$$eval('#popover .why', (w) => w.map((x) => x.textContent))).some((w) => w.length > 40));
    assert.match(text, /送完即止/);
    await page.screenshot({ path: join(shots, '2-explained.png') });
    // The README's picture: the editor with the explanation open.
    await page.screenshot({ path: join(shots, 'readme.png'), clip: { x: 0, y: 0, width: 1280, height: 560 } });
  });

  await step('apply the suggestion', async () => {
    await page.click('#popover button.apply');
    await settled();
    const now = await page.inputValue('#body');
    assert.ok(now.startsWith('上脸很润🔥送完即止，'), now);
    assert.ok(!(await rules()).includes('pressure-phrase'), 'the finding is gone');
  });

  await step('fill the facts: the title is checked against them', async () => {
    await page.fill('#f-product', '玻尿酸精华');
    await page.selectOption('#f-category', 'beauty');
    await page.fill('#f-start', '2026-06-16T20:00');
    await page.fill('#f-end', '2026-06-18T20:00');
    await page.fill('#f-stock', '200');
    await page.fill('#f-price', '199');
    await page.fill('#f-original', '299');
    await page.waitForSelector('#findings li[data-rule="claim-mismatch"]');
    await settled();
    const u = await underline('claim-mismatch');
    assert.equal(u.field, 'title');
    assert.equal(u.text, '限时24小时');
    assert.ok(!(await rules()).includes('unverified-scarcity'));
    assert.match(await page.textContent('#findings li[data-rule="claim-mismatch"]'), /说活动持续24小时，但 sale.start 到 sale.end 是48小时/);
    await page.screenshot({ path: join(shots, '3-facts.png'), fullPage: true });
  });

  await step('insert a generated title; the findings follow', async () => {
    await page.fill('#t-benefit', '补水保湿');
    await page.click('#generate');
    await page.waitForSelector('#titles li button');
    const first = page.locator('#titles li').first();
    const title = await first.locator('.t').textContent();
    const units = await first.getAttribute('data-units');
    assert.match(title, /48小时|200份/);
    await first.locator('button').click();
    await settled();
    assert.equal(await page.inputValue('#title'), title);
    // The live count is the generator's own count of the same title.
    assert.equal(await page.getAttribute('#units', 'data-units'), units);
    const now = await rules();
    assert.ok(!now.includes('claim-mismatch'), now.join(', '));
    await page.screenshot({ path: join(shots, '4-title.png'), fullPage: true });
  });

  await step('copy the finished Note', async () => {
    await page.click('#copy');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const title = await page.inputValue('#title');
    assert.ok(copied.startsWith('---\nproduct: "玻尿酸精华"\ncategory: beauty\nsale:\n  start: 2026-06-16 20:00\n'), copied);
    assert.ok(copied.includes(`---\n# ${title}\n\n上脸很润🔥送完即止，`), copied);
  });

  await step("the Note's kind and why", async () => {
    // The facts panel wrote a `sale` block into the front matter: the
    // report says the Note is a sale Note because the writer declared it.
    await page.locator('#body').press('End');
    await page.locator('#body').pressSequentially(' ');
    await page.waitForSelector('#kind:not([hidden])');
    await settled();
    const kind = await page.textContent('#kind');
    assert.match(kind, /^带货笔记，因为有“sale:”/);
    assert.match(kind, /头部信息里写明了/);
  });

  await step('a phone-width screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 390, `the page is ${overflow}px wide`);
    // A tap in the title's finding explains it.
    await page.locator('#findings li').first().click();
    await page.waitForSelector('#popover:not([hidden])');
    const box = await page.locator('#popover').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
    await page.screenshot({ path: join(shots, '5-phone.png'), fullPage: true });
  });

  await step('a reload keeps the draft', async () => {
    const title = await page.inputValue('#title');
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    await settled();
    assert.equal(await page.inputValue('#title'), title);
    assert.equal(await page.inputValue('#f-stock'), '200');
    assert.ok((await rules()).includes('purchase-path'));
  });

  assert.deepEqual(errors, [], 'no errors in the page');
} catch (err) {
  failed = err;
} finally {
  await browser.close();
  child.kill('SIGINT');
}
if (failed) {
  console.error(`\nFAILED: ${failed.stack || failed}`);
  process.exit(1);
}
console.log(`review page: ${steps.length} steps passed; screenshots in ${shots}`);
