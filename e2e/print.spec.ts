import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/host';
import { openApp, sampleCase } from './fixtures/ui';

/** Counts the calls of window.print instead of opening the system dialog a test cannot drive. */
async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

test('a case card is printed through the system dialog, laid out for paper without the menu and buttons', async ({
  page,
  host,
}) => {
  const printed = await countPrints(page);
  const { id } = await host.call<{ id: number }>('cases.create', sampleCase('241500031001201', 'Nura'));
  await openApp(page, host.url, `/cases/${id}`);
  const heading = page.getByRole('heading', { level: 1, name: 'Дело № 241500031001201' });
  await expect(heading).toBeVisible();

  await page.getByRole('button', { name: 'Печать' }).click();
  expect(await printed()).toBe(1);

  // What the printer gets: the case, its stages and details, no navigation, no action buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Нура').first()).toBeVisible();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Печать' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'К списку дел' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('the case list as shown is printed, its rows without the paging controls', async ({ page, host }) => {
  const printed = await countPrints(page);
  await host.call('cases.create', sampleCase('241500031001301', 'Yesil'));
  await host.call('cases.create', sampleCase('241500031001302', 'Nura'));
  await openApp(page, host.url, '/cases?district=Nura');
  await expect(page.getByRole('row', { name: /241500031001302/ })).toBeVisible();

  await page.getByRole('button', { name: 'Печать' }).click();
  expect(await printed()).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('row', { name: /241500031001302/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /241500031001301/ })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Экспорт' })).toBeHidden();
});
