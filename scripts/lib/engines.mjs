// One small driver interface over three browser engines, so the same end-to-end checks run in
// each: Chromium and Firefox ESR through puppeteer-core (Chrome DevTools Protocol and WebDriver
// BiDi), WebKitGTK's MiniBrowser through selenium-webdriver and Debian's WebKitWebDriver (under
// Xvfb: run the script with xvfb-run). All three browsers are Debian packages; none is downloaded.
//
//   const browser = await launch('firefox');
//   const page = await browser.newPage(1280, 800);
//   await page.goto(url);
//   await page.eval((a) => document.title + a, '!');   // a function and JSON-able arguments
//   const frame = page.frame('iframe#w');              // the same, inside an iframe
//   await frame.pressOn('#slider', 'ArrowRight', 5);     // focus an element there, press keys
//   await page.errors()                                  // console errors and uncaught exceptions
// Functions given to eval and waitFor return plain values (numbers, strings, booleans, arrays
// and objects of those), never DOM nodes: engines serialise nodes differently or not at all.
//
// WebKit reports no console events over classic WebDriver, so there errors are collected by a
// listener each eval installs in the document (and its frames) on first contact: an error thrown
// before that first contact is not seen, but it would also have stopped the widget rendering,
// which the checks see.
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS } from './serve-static.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Installed in each document the WebKit driver evaluates in: records errors for errors().
const COLLECT = `if (!window.__e2eErrors) { window.__e2eErrors = [];
  addEventListener('error', (e) => window.__e2eErrors.push(String(e.message || e)));
  addEventListener('unhandledrejection', (e) => window.__e2eErrors.push('unhandled: ' + e.reason));
  const ce = console.error; console.error = (...a) => { window.__e2eErrors.push(a.join(' ')); ce.apply(console, a); }; }`;

/** Poll `probe` until it returns something truthy, or throw after `ms`. */
async function until(probe, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export async function launch(engine) {
  if (engine === 'webkit') return launchWebKit();
  const browser = await puppeteer.launch(engine === 'firefox'
    ? { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true }
    : { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return {
    name: engine,
    async newPage(width, height) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e && e.message || e)));
      page.on('dialog', (d) => { errors.push(`dialog opened: ${d.message()}`); d.dismiss(); });
      const frameOf = async (selector) => {
        const handle = await page.waitForSelector(selector, { timeout: 20000 });
        return until(() => handle.contentFrame(), 20000, `the frame ${selector}`);
      };
      const scope = (target) => ({
        eval: async (fn, ...args) => (await target()).evaluate(fn, ...args),
        waitFor: async (fn, ms = 20000, ...args) => until(async () => (await target()).evaluate(fn, ...args), ms, String(fn)),
        press: async (key, times = 1) => { for (let i = 0; i < times; i++) await page.keyboard.press(key); },
        // Focus the element `selector` of this document, then press `key` `times` times.
        pressOn: async (selector, key, times = 1) => {
          await (await target()).evaluate((s) => document.querySelector(s).focus(), selector);
          for (let i = 0; i < times; i++) await page.keyboard.press(key);
        },
      });
      return {
        ...scope(async () => page),
        frame: (selector) => scope(() => frameOf(selector)),
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        resize: (w, h) => page.setViewport({ width: w, height: h }),
        screenshot: (path) => page.screenshot({ path, fullPage: true }),
        errors: () => errors.slice(),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchWebKit() {
  const port = 4400 + Math.floor(Math.random() * 500);
  const driverProcess = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  await sleep(500);
  const drivers = [];
  return {
    name: 'webkit',
    async newPage(width, height) {
      const d = await until(() => new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      }).build(), 20000, 'WebKitWebDriver');
      drivers.push(d);
      await d.manage().window().setRect({ width, height });
      const KEYS = { ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN, Tab: Key.TAB, Enter: Key.ENTER, Home: Key.HOME, End: Key.END, Escape: Key.ESCAPE };
      // Run `fn(...args)` in the top document, or in the iframe `selector` of it.
      const run = async (selector, fn, args) => {
        try {
          if (selector) {
            const el = await until(() => d.findElement(By.css(selector)), 20000, selector);
            await d.switchTo().frame(el);
          }
          return await d.executeScript(`${COLLECT}; return (${fn}).apply(null, arguments);`, ...args);
        } finally {
          if (selector) await d.switchTo().defaultContent();
        }
      };
      const scope = (selector) => ({
        eval: (fn, ...args) => run(selector, fn, args),
        waitFor: (fn, ms = 20000, ...args) => until(() => run(selector, fn, args), ms, String(fn)),
        press: async (key, times = 1) => {
          if (selector) await d.switchTo().frame(await d.findElement(By.css(selector)));
          try {
            for (let i = 0; i < times; i++) await d.actions().sendKeys(KEYS[key] ?? key).perform();
          } finally {
            if (selector) await d.switchTo().defaultContent();
          }
        },
        // In WebKit, script focus() inside a frame takes only after a first input action in
        // that frame (a Shift press, which types nothing); keys then reach the focused element.
        pressOn: async (target, key, times = 1) => {
          if (selector) await d.switchTo().frame(await d.findElement(By.css(selector)));
          try {
            await d.actions().keyDown(Key.SHIFT).keyUp(Key.SHIFT).perform();
            await d.executeScript('document.querySelector(arguments[0]).focus()', target);
            for (let i = 0; i < times; i++) await d.actions().sendKeys(KEYS[key] ?? key).perform();
          } finally {
            if (selector) await d.switchTo().defaultContent();
          }
        },
      });
      const frames = new Set();
      return {
        ...scope(null),
        frame: (selector) => { frames.add(selector); return scope(selector); },
        goto: async (url) => { frames.clear(); await d.get(url); },
        resize: (w, h) => d.manage().window().setRect({ width: w, height: h }),
        screenshot: async (path) => {
          const { writeFileSync } = await import('node:fs');
          writeFileSync(path, Buffer.from(await d.takeScreenshot(), 'base64'));
        },
        errors: async () => {
          const all = [...await run(null, () => window.__e2eErrors || [], [])];
          for (const selector of frames) {
            all.push(...await run(selector, () => window.__e2eErrors || [], []).catch(() => []));
          }
          return all;
        },
        close: () => d.quit(),
      };
    },
    close: async () => {
      for (const d of drivers) await d.quit().catch(() => {});
      driverProcess.kill();
    },
  };
}
