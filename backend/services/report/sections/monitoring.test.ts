import { describe, expect, it } from 'vitest';
import { sectionContext } from '../inputs';
import { astanaInputs } from '../testing/astana-inputs';
import { monitoring } from './monitoring';

/** Every text of a section (its lead and its table's cells), as the PDF and Word set them. */
function textsOf(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  const own = (node as { text?: unknown }).text;
  return [...(typeof own === 'string' ? [own] : []), ...Object.values(node).flatMap(textsOf)];
}

const third = { from: '2024-07-01', to: '2024-09-30' };

describe("the review's monitoring section (PDF and Word) of a quarter", () => {
  const named = {
    ru: [
      'Лиц под надзором в III квартале 2024 года',
      'В III квартале 2024 года под надзором',
      /в течение года|в 2024 году/i,
    ],
    kk: [
      '2024 жылғы III тоқсанда қадағалауда болған адамдар',
      '2024 жылғы III тоқсанда қадағалауда',
      /жыл ішінде|2024 жылы/i,
    ],
    en: [
      'Persons under supervision in the third quarter of 2024',
      'In the third quarter of 2024,',
      /during the year|of the year|in 2024/i,
    ],
  } as const;

  it.each(['ru', 'kk', 'en'] as const)(
    '%s: names the quarter in its figures and its paragraph',
    (language) => {
      const inputs = astanaInputs(language);
      const section = monitoring(sectionContext({ ...inputs, stats: { ...inputs.stats, period: third } }))!;
      const [figure, opening, yearWords] = named[language];
      const texts = textsOf(section.body);
      expect(texts).toContain(figure);
      expect(section.lead.join(' ').startsWith(opening)).toBe(true);
      expect([...section.lead, ...texts].filter((text) => yearWords.test(text))).toEqual([]);
    },
  );

  it('says in one line that the register has nothing in the quarter', () => {
    const inputs = astanaInputs('kk');
    const empty = { ...inputs.stats.monitoring, personsMonitored: 0, reoffendedPersons: 0 };
    const section = monitoring(
      sectionContext({ ...inputs, stats: { ...inputs.stats, period: third, monitoring: empty } }),
    )!;
    expect(section.lead).toEqual([
      'Қадағалау тізілімінде 2024 жылғы III тоқсанда деректер жоқ: ешкім қадағалауда болмаған, жаңа қылмыстар расталмаған.',
    ]);
    expect(section.body).toEqual([]);
  });
});
