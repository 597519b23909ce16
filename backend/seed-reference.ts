import type { Store } from '../db/ports';

const SEEDED_KEY = 'seed.reference.v1';

/** The five districts of Astana and the articles a supervision unit starts with. */
const districts = [
  { name: 'Almaty', labels: { ru: 'Алматы', kk: 'Алматы', en: 'Almaty' } },
  { name: 'Baikonyr', labels: { ru: 'Байконыр', kk: 'Байқоңыр', en: 'Baikonyr' } },
  { name: 'Yesil', labels: { ru: 'Есиль', kk: 'Есіл', en: 'Yesil' } },
  { name: 'Saryarka', labels: { ru: 'Сарыарка', kk: 'Сарыарқа', en: 'Saryarka' } },
  { name: 'Nura', labels: { ru: 'Нура', kk: 'Нұра', en: 'Nura' } },
];

const articles = [
  { code: '194', titles: { ru: 'Вымогательство', kk: 'Қорқытып алу', en: 'Extortion' } },
  { code: '190', titles: { ru: 'Мошенничество', kk: 'Алаяқтық', en: 'Fraud' } },
  {
    code: '297',
    titles: {
      ru: 'Незаконный оборот наркотических средств',
      kk: 'Есірткі құралдарының заңсыз айналымы',
      en: 'Illicit drug trafficking',
    },
  },
];

/**
 * Preloads reference data once per database, through the audited write path like any other write.
 * The marker setting keeps districts an administrator removed from coming back.
 */
export async function seedReferenceData(store: Store): Promise<void> {
  if ((await store.read((r) => r.settings.get(SEEDED_KEY))) !== null) return;
  await store.write('system', async (tx) => {
    for (const d of districts) {
      if (await tx.reference.districtByName(d.name)) continue;
      await tx.apply({ entity: 'district', action: 'district.create' }, (w) => w.reference.insertDistrict(d));
    }
    for (const a of articles) {
      if (await tx.reference.articleByCode(a.code)) continue;
      await tx.apply({ entity: 'article', action: 'article.create' }, (w) => w.reference.insertArticle(a));
    }
    await tx.apply({ entity: 'setting', id: SEEDED_KEY, action: 'settings.seed' }, (w) =>
      w.settings.set(SEEDED_KEY, '1'),
    );
  });
}
