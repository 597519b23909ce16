import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/fields';
import type { AnnualStats } from '../domain/stats';
import { reviewNarrative } from './narrative';
import { astana2024, fixtureLabels, withNewDistrict } from './testing/annual-stats';

const NBSP = /\u00a0/g;
const text = (stats: AnnualStats, language: Language) => {
  const n = reviewNarrative(stats, language, (_kind, name) => fixtureLabels[name]?.[language] ?? name);
  const plain = (parts: string[]) => parts.join(' ').replace(NBSP, ' ');
  return {
    keyFigures: plain(n.keyFigures),
    districts: plain(n.districts),
    people: plain(n.people),
    shares: plain(n.shares),
    sentences: plain(n.sentences),
  };
};

/** The Astana figures with some counts replaced, to walk the plural forms. */
function withCounts(count: number): AnnualStats {
  const stats = astana2024();
  stats.pipeline.registered = count;
  stats.pipeline.forwardedToCourt = count;
  stats.pipeline.convictedPersons = count;
  stats.pipeline.imprisonedPersons = count;
  stats.pipeline.sentencedPersons = count;
  stats.victims.total = count;
  stats.offenders.total = count;
  stats.acquittedPersons = count;
  return stats;
}

describe('review narrative: the Astana figures', () => {
  it('Russian', () => {
    const t = text(astana2024(), 'ru');
    expect(t.keyFigures).toBe(
      'В 2024 году зарегистрировано 52 уголовных дела — на 1,9 % меньше, чем в 2023 году (53). ' +
        'В суд направлено 34 уголовных дела (65,4 % от числа зарегистрированных). Судами осуждено 27 лиц. ' +
        'К лишению свободы приговорено 11 лиц на срок от 3 до 7 лет.',
    );
    expect(t.districts).toBe(
      'Число зарегистрированных дел снизилось в районах Алматы (−21,4 %) и Есиль (−12,5 %). ' +
        'Рост отмечен в районах Сарыарка (+100 %), Байконыр (+100 %) и Нура (+50 %).',
    );
    expect(t.people).toContain('проходят 50 потерпевших; женщины составляют 28 %.');
    expect(t.people).toContain('Наиболее многочисленная возрастная группа — 21–39 лет (31).');
    expect(t.people).toContain('установлено 70 лиц, совершивших преступления.');
    expect(t.people).toContain('Группой лиц совершено 53,8 % преступлений');
    expect(t.shares).toContain('платформы: Telegram (38,5 %), Instagram (26,9 %) и Badoo (15,4 %).');
    expect(t.shares).toContain('способы: интимные изображения (28,8 %), мнимые отношения (23,1 %) и выдача');
    expect(t.sentences).toBe(
      'В 2024 году приговоры вынесены в отношении 27 лиц; наиболее частый вид наказания — лишение свободы (11). Оправдано 1 лицо.',
    );
  });

  it('Kazakh: no ending after a digit, shares with «пайыз»', () => {
    const t = text(astana2024(), 'kk');
    expect(t.keyFigures).toBe(
      '2024 жылы 52 қылмыстық іс тіркелді, бұл 2023 жылғы көрсеткіштен (53) 1,9 пайызға аз. ' +
        'Сотқа 34 іс жіберілді (тіркелгендердің 65,4%). 27 адам сотталды. ' +
        '11 адамға 3 жылдан 7 жылға дейінгі мерзімге бас бостандығынан айыру жазасы тағайындалды.',
    );
    expect(t.districts).toBe(
      'Тіркелген істер саны Алматы (−21,4%) және Есіл (−12,5%) аудандарында азайды. ' +
        'Өсім Сарыарқа (+100%), Байқоңыр (+100%) және Нұра (+50%) аудандарында байқалды.',
    );
    expect(t.people).toContain('50 жәбірленуші бар; олардың 28 пайызы — әйелдер.');
    expect(t.people).toContain('Олардың 90 пайызы — ер адамдар, 97,1 пайызы — 17–60 жастағылар');
  });

  it('English', () => {
    const t = text(astana2024(), 'en');
    expect(t.keyFigures).toBe(
      'In 2024, 52 criminal cases were registered, 1.9% fewer than in 2023 (53). ' +
        '34 cases were forwarded to court (65.4% of those registered). Courts convicted 27 persons. ' +
        '11 persons were sentenced to imprisonment for terms of 3 to 7 years.',
    );
    expect(t.districts).toBe(
      'Registrations fell in Almaty (−21.4%) and Yesil (−12.5%) districts. ' +
        'They rose in Saryarka (+100%), Baikonyr (+100%) and Nura (+50%) districts.',
    );
    expect(t.people).toContain('The cases registered in 2024 name 50 victims; women make up 28%.');
    expect(t.sentences).toContain('1 person was acquitted.');
  });
});

describe('review narrative: plural forms', () => {
  const cases: [number, string, string, string, string][] = [
    // count, registered (ru), persons convicted (ru), victims (ru), registered (en)
    [1, '1 уголовное дело', 'осуждено 1 лицо', 'проходит 1 потерпевший', '1 criminal case was'],
    [2, '2 уголовных дела', 'осуждено 2 лица', 'проходят 2 потерпевших', '2 criminal cases were'],
    [5, '5 уголовных дел', 'осуждено 5 лиц', 'проходят 5 потерпевших', '5 criminal cases were'],
    [11, '11 уголовных дел', 'осуждено 11 лиц', 'проходят 11 потерпевших', '11 criminal cases were'],
    [21, '21 уголовное дело', 'осуждено 21 лицо', 'проходит 21 потерпевший', '21 criminal cases were'],
  ];
  it.each(cases)('%i in Russian, Kazakh and English', (count, registered, convicted, victims, english) => {
    const ru = text(withCounts(count), 'ru');
    expect(ru.keyFigures).toContain(`зарегистрировано ${registered}`);
    expect(ru.keyFigures).toContain(convicted);
    expect(ru.people).toContain(victims);
    const kk = text(withCounts(count), 'kk');
    expect(kk.keyFigures).toContain(`${count} қылмыстық іс тіркелді`);
    expect(kk.keyFigures).toContain(`${count} адам сотталды`);
    expect(text(withCounts(count), 'en').keyFigures).toContain(english);
  });

  it('terms of imprisonment agree with their number in Russian', () => {
    const term = (min: number, max: number) => {
      const stats = astana2024();
      stats.pipeline.imprisonmentYears = { min, max };
      return text(stats, 'ru').keyFigures;
    };
    expect(term(1, 21)).toContain('на срок от 1 до 21 года');
    expect(term(2, 4)).toContain('на срок от 2 до 4 лет');
    expect(term(1, 1)).toContain('на срок 1 год');
    expect(term(3, 3)).toContain('на срок 3 года');
    expect(term(5, 5)).toContain('на срок 5 лет');
    expect(term(3.5, 3.5)).toContain('на срок 3,5 года');
    expect(term(2.5, 7.5)).toContain('на срок от 2,5 до 7,5 года');
  });

  it('one district is named in the singular', () => {
    const stats = astana2024();
    stats.districts = [{ district: 'Almaty', registered: 22, previous: 28, changePct: -21.4 }];
    expect(text(stats, 'ru').districts).toBe(
      'Число зарегистрированных дел снизилось в районе Алматы (−21,4 %).',
    );
    expect(text(stats, 'kk').districts).toBe('Тіркелген істер саны Алматы (−21,4%) ауданында азайды.');
    expect(text(stats, 'en').districts).toBe('Registrations fell in Almaty (−21.4%) district.');
  });
});

describe('review narrative: districts', () => {
  it('a district without cases the year before is "new", never a percentage', () => {
    const ru = text(withNewDistrict(), 'ru').districts;
    expect(ru).toContain('Район Нура, где в 2023 году дела не регистрировались, отмечен пометкой «впервые».');
    expect(ru).not.toMatch(/Нура \(/);
    expect(text(withNewDistrict(), 'kk').districts).toContain(
      '2023 жылы іс тіркелмеген Нұра ауданы «жаңа» деп белгіленді.',
    );
    expect(text(withNewDistrict(), 'en').districts).toContain(
      'Nura district, with no cases registered in 2023, is marked “new”.',
    );
    const two = withNewDistrict();
    two.districts.push({ district: 'Qazaly', registered: 2, previous: 0, changePct: null });
    expect(text(two, 'ru').districts).toContain('Районы Нура и Qazaly, где в 2023 году');
    expect(text(two, 'en').districts).toContain('Nura and Qazaly districts, with no cases');
  });

  it('names the three largest falls and rises, largest first (a fourth is smaller)', () => {
    const stats = astana2024();
    stats.districts = [
      { district: 'A', registered: 9, previous: 10, changePct: -10 },
      { district: 'B', registered: 5, previous: 10, changePct: -50 },
      { district: 'C', registered: 8, previous: 10, changePct: -20 },
      { district: 'D', registered: 7, previous: 10, changePct: -30 },
      { district: 'E', registered: 10, previous: 10, changePct: 0 },
    ];
    expect(text(stats, 'en').districts).toBe(
      'Registrations fell in B (−50%), D (−30%) and C (−20%) districts.',
    );
  });

  it('says so when nothing changed, and when there were no cases at all', () => {
    const steady = astana2024();
    steady.districts = [{ district: 'Almaty', registered: 5, previous: 5, changePct: 0 }];
    expect(text(steady, 'en').districts).toBe('Registrations did not change in any district.');
    const empty = astana2024();
    empty.districts = [];
    expect(text(empty, 'ru').districts).toBe('Ни в 2024, ни в 2023 году дела не регистрировались.');
  });
});

describe('review narrative: empty figures', () => {
  it('registrations after a year without any are not a percentage', () => {
    const stats = astana2024();
    stats.previousYear.registered = 0;
    stats.registeredChangePct = null;
    expect(text(stats, 'en').keyFigures).toContain(
      '52 criminal cases were registered; none had been registered in 2023.',
    );
    expect(text(stats, 'ru').keyFigures).toContain('52 уголовных дела; в 2023 году таких дел не было.');
  });

  it('speaks of no victims, offenders or sentences instead of printing empty shares', () => {
    const stats = withCounts(0);
    stats.victims.womenPct = null;
    stats.offenders = {
      total: 0,
      menPct: null,
      age17to60Pct: null,
      priorConvictionPct: null,
      unemployedPct: null,
    };
    stats.registeredChangePct = null;
    stats.previousYear.registered = 0;
    stats.pipeline.clearanceRatePct = null;
    const en = text(stats, 'en');
    expect(en.keyFigures).toContain(
      'In 2024, 0 criminal cases were registered. 0 cases were forwarded to court.',
    );
    expect(en.people).toContain('No victims are recorded in the cases registered in 2024.');
    expect(en.people).toContain('No offenders were identified in the cases registered in 2024.');
    expect(en.sentences).toBe('No sentences were passed in 2024.');
    expect(en.keyFigures).not.toMatch(/null|NaN|undefined/);
  });
});
