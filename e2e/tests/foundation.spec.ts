import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, quickExitUrl, stubExitSite } from './helpers.ts';

test.describe('the guide in the browser', () => {
  test('home explains the platform in Dutch and the quick exit comes first in tab order', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaringskennis als derde bron');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /Snel weg/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('switching to English shows English and is kept after a reload', async ({ page }) => {
    await page.goto('/kader');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afwegingskader');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment framework');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment framework');
    await expect(page.getByRole('heading', { name: /Step 4.*Scoping/ })).toBeVisible();
  });

  test('the framework overview lists the six steps, eight values and three phases', async ({ page }) => {
    await page.goto('/kader');
    const steps = page.getByRole('region', { name: 'De zes stappen' }).getByRole('listitem');
    await expect(steps).toHaveCount(6);
    await expect(page.getByRole('region', { name: 'Beroepswaarden' }).locator('dt')).toHaveCount(8);
    await expect(page.getByRole('heading', { name: /^[123]\. Samenwerken/ })).toHaveCount(3);
    await expect(page.getByRole('table').getByRole('row', { name: /Herstelgroepen/ })).toBeVisible();
  });

  test('step 4 shows its items and the four core tasks a to d', async ({ page }) => {
    await page.goto('/kader');
    await page.getByRole('link', { name: /Stap 4/ }).click();
    await expect(page).toHaveURL(/\/kader\/stap\/4$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stap 4: Afbakening');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'De vier kerntaken' })).toBeVisible();
    const coreTasks = page.locator('ol.core-tasks > li');
    await expect(coreTasks).toHaveCount(4);
    await expect(page.locator('ol.core-tasks')).toHaveAttribute('type', 'a');
    await expect(page.getByRole('link', { name: 'Volgende stap' })).toHaveAttribute('href', '/kader/stap/5');
  });

  test('the quick-exit button replaces the page instead of adding to history', async ({ page }) => {
    await stubExitSite(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'Afwegingskader' }).first().click();
    await expect(page).toHaveURL(/\/kader$/);
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: /Snel weg/ }).click();
    await page.waitForURL(quickExitUrl);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.goBack();
    await expect(page).not.toHaveURL(/\/kader$/);
  });

  test('an unknown address shows the not-found page, and an unknown API route JSON', async ({
    page,
    request,
  }) => {
    await page.goto('/bestaat/niet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
    await page.goto('/kader/stap/9');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
    const res = await request.get('/api/bestaat-niet');
    expect(res.status()).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('the API documentation renders under the strict content security policy', async ({ page }) => {
    const cspErrors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text());
    });
    const response = await page.goto('/api/docs/');
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    await expect(page.getByText('Derde Bron API')).toBeVisible();
    await expect(page.getByText('/api/framework/versions/{version}')).toBeVisible();
    expect(cspErrors).toEqual([]);
  });
});

test.describe('accessibility', () => {
  const pages = [
    '/',
    '/kader',
    ...[1, 2, 3, 4, 5, 6].map((n) => `/kader/stap/${n}`),
    '/toegankelijkheid',
    '/veilig-internetten',
    '/bestaat-niet',
  ];
  for (const path of pages) {
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status')).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    });
  }

  test('the English pages pass too', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL ?? '' }]);
    for (const path of ['/', '/kader', '/kader/stap/4', '/veilig-internetten']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectNoSeriousA11yViolations(page);
    }
  });
});
