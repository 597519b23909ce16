import type { Store } from '../db/ports';

const SEEDED_KEY = 'seed.reference.v1';

/** The five districts of Astana, the articles, platforms and tactics a supervision unit starts with. */
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

const noLabels = { ru: null, kk: null, en: null };

/** Brand names read the same in every language. */
const platforms = ['Telegram', 'Instagram', 'Badoo', 'WhatsApp', 'TikTok', 'VK', 'Mamba'];

/** The tactics the Astana review names, and the other common ones. */
const tactics = [
  {
    name: 'intimate-images',
    labels: { ru: 'Интимные изображения', kk: 'Интимдік суреттер', en: 'Intimate images' },
  },
  {
    name: 'fake-relationship',
    labels: { ru: 'Мнимые отношения', kk: 'Жалған қарым-қатынас', en: 'Fake relationship' },
  },
  {
    name: 'impersonating-officials',
    labels: {
      ru: 'Выдача себя за сотрудника органов',
      kk: 'Құқық қорғау қызметкері болып көріну',
      en: 'Impersonating officials',
    },
  },
  {
    name: 'threat-of-violence',
    labels: { ru: 'Угроза насилием', kk: 'Зорлық-зомбылық қаупі', en: 'Threat of violence' },
  },
  {
    name: 'debt-collection',
    labels: { ru: 'Выбивание долгов', kk: 'Қарызды күштеп өндіру', en: 'Debt collection' },
  },
  {
    name: 'data-leak',
    labels: { ru: 'Угроза разглашения данных', kk: 'Деректерді жария ету қаупі', en: 'Threat to leak data' },
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
    const known = { platform: await tx.reference.ids('platform'), tactic: await tx.reference.ids('tactic') };
    for (const [kind, items] of [
      ['platform', platforms.map((name) => ({ name, labels: noLabels }))],
      ['tactic', tactics],
    ] as const) {
      for (const item of items) {
        if (known[kind].has(item.name)) continue;
        await tx.apply({ entity: kind, action: `${kind}.create` }, (w) =>
          w.reference.create(kind, item.name, item.labels, true),
        );
      }
    }
    await tx.apply({ entity: 'setting', id: SEEDED_KEY, action: 'settings.seed' }, (w) =>
      w.settings.set(SEEDED_KEY, '1'),
    );
  });
}
