import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './browser';
import { SITES_DIR } from './server';

/** Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core (no geckodriver, no download). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
/**
 * A fixed internal UUID for our add-on, so the options page has a known moz-extension:// address.
 * Firefox gives every install a random one; the pref below pins it (it is per profile, test-only).
 */
export const FIREFOX_EXTENSION_UUID = '5e11e75d-51de-4c1c-9a0b-f1ef0c5e11e7';

/** Every fixture hostname (tests/fixtures/sites/<host>): Firefox resolves them all to this machine. */
export const FIXTURE_HOSTS = readdirSync(SITES_DIR).filter((name) => !name.startsWith('_'));

export interface FirefoxSidekick {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  extensionOrigin: string;
  /**
   * `https://<host>:<fixture port><path>`: Firefox has no host-resolver rule with a port, so the
   * fixture server's port rides in the URL (match patterns ignore ports; the manifest is unchanged).
   */
  url(host: string, path?: string): string;
  newPage(): Promise<Page>;
  /** An extension page (options.html) kept open to read the extension's IndexedDB. */
  extensionPage(): Promise<Page>;
  /** Sends a tab of ours to an extension page and waits until it has loaded. */
  openExtensionPage(page: Page, path: string): Promise<void>;
  close(): Promise<void>;
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no gecko id: build with \`wxt build -b firefox\``);
  return id;
}

/** Firefox ESR headless with the production Firefox build installed, every fixture host on the fixture server. */
export async function launchFirefoxSidekick(options: { port: number; extensionDir?: string }): Promise<FirefoxSidekick> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const id = geckoId(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1440, height: 900 },
    // Firefox 153 (unlike 140) has WebDriver BiDi refuse to navigate to moz-extension:// pages unless the remote
    // agent may reach privileged pages; the tests open options.html, as a seller does from the popup.
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'network.dns.localDomains': FIXTURE_HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
      // Answers the optional-permission prompt with "allow" (automation cannot click browser chrome);
      // the request still has to come from a user action in the page, as for a seller.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  let extPage: Page | null = null;

  const openExtensionPage = async (page: Page, path: string): Promise<void> => {
    const target = `${extensionOrigin}/${path.replace(/^\//, '')}`;
    // page.goto() never sees a moz-extension:// load finish over BiDi (the page does load, in the
    // extension process), so start the navigation and wait for the extension page's own document.
    // A web page may not navigate itself there, an extension page may.
    const here = await page.evaluate(() => location.href).catch(() => '');
    if (here.startsWith(extensionOrigin)) await page.evaluate((url) => void (location.href = url), target);
    else void page.goto(target).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page
        .evaluate((url) => location.href === url && document.readyState === 'complete', target)
        .catch(() => false);
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`Firefox did not load ${target}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  return {
    browser,
    extensionOrigin,
    url: (host, path = '/') => `https://${host}:${options.port}${path}`,
    newPage: () => browser.newPage(),
    async extensionPage() {
      if (extPage && !extPage.isClosed()) return extPage;
      extPage = await browser.newPage();
      await openExtensionPage(extPage, 'options.html');
      return extPage;
    },
    openExtensionPage,
    close: () => browser.close(),
  };
}
