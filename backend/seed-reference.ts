import type { Store } from '../db/ports';
import type { Labels, ReferenceKind } from '../shared/domain/reference';

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
  { name: '194', labels: { ru: 'Вымогательство', kk: 'Қорқытып алушылық', en: 'Extortion' } },
  { name: '190', labels: { ru: 'Мошенничество', kk: 'Алаяқтық', en: 'Fraud' } },
  {
    name: '297',
    labels: {
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
    const preloaded: [ReferenceKind, { name: string; labels: Labels }[]][] = [
      ['district', districts],
      ['article', articles],
      ['platform', platforms.map((name) => ({ name, labels: noLabels }))],
      ['tactic', tactics],
    ];
    for (const [kind, items] of preloaded) {
      const known = await tx.reference.ids(kind);
      for (const item of items) {
        if (known.has(item.name)) continue;
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
