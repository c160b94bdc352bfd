import { expect, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations } from './helpers.ts';

test('the API documentation passes axe, with an operation opened', async ({ page }) => {
  // A long page: axe takes its time over some eighty operations.
  test.setTimeout(120_000);
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: /Derde Bron API/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoSeriousA11yViolations(page);
  // An operation opened shows its parameters and responses: those must pass too.
  await page.locator('.opblock-summary').first().click();
  await expect(page.locator('.opblock-body').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
