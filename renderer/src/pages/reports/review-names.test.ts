import { describe, expect, it } from 'vitest';
import { funnelSteps, type EmploymentKey } from '../../../../shared/charts';
import { employments, sentenceTypes } from '../../../../shared/domain/case-record';
import { languages, type Language } from '../../../../shared/domain/fields';
import { ageBands, pipelineCountKeys } from '../../../../shared/domain/stats';
import { createI18n } from '../../../../shared/i18n';
import { reviewNarrative } from '../../../../shared/report/narrative';
import { fixtureLabels, withNewDistrict } from '../../../../shared/report/testing/annual-stats';
import { wordsFor } from '../../../../shared/report/words';
import { drillTitle } from './drill-title';
import { DEFAULT_DRILL_PAGE_SIZE, type DrillTarget } from './report-query';
import { reviewNames, type NamedColumn, type OffenderRow } from './review-names';

/*
 * "One name for one figure": what the Reports screen calls a figure, a row, a category, a section or
 * the "new" marker is what the printed review (PDF, Word, Excel) calls it, word for word, in every
 * language. The review's side is taken as its builders take it (backend/services/report/sections:
 * `w.t('figure.registered')`, `w.heading('employment.student')`, …).
 */

const employmentKeys: EmploymentKey[] = [...employments, 'unknown'];
const offenderRows: OffenderRow[] = ['men', 'age17to60', 'priorConviction', 'unemployed', 'groupCrime'];
const columns: NamedColumn[] = [
  'indicator',
  'district',
  'change',
  'cases',
  'persons',
  'victims',
  'share',
  'rank',
  'platform',
  'tactic',
  'ageBand',
  'employment',
  'sentenceType',
];

const screen = (language: Language) => reviewNames(createI18n(language).t, language);

describe.each(languages)('the Reports screen names things as the review does, in %s', (language) => {
  const names = screen(language);
  const review = wordsFor(language);

  it('the key figures, the trend rows and the funnel steps', () => {
    for (const figure of [...pipelineCountKeys, 'clearanceRate', 'imprisonmentTerms'] as const)
      expect(names.figure(figure), figure).toBe(review.t(`figure.${figure}`));
    for (const step of funnelSteps) expect(names.funnel(step), step).toBe(review.t(`funnel.${step}`));
  });

  it('the offenders and their rows', () => {
    expect(names.offenders).toBe(review.t('subsection.offenders'));
    for (const row of offenderRows) expect(names.offender(row), row).toBe(review.t(`offender.${row}`));
  });

  it('the age bands, employments and types of sentence, as table rows', () => {
    for (const band of ageBands) expect(names.ageBand(band), band).toBe(review.heading(`ageBand.${band}`));
    for (const key of employmentKeys)
      expect(names.employment(key), key).toBe(review.heading(`employment.${key}`));
    for (const type of sentenceTypes)
      expect(names.sentenceType(type), type).toBe(review.heading(`sentenceType.${type}`));
  });

  it('the sections, the columns and the "new" marker', () => {
    for (const section of ['keyFigures', 'districts', 'sentences', 'trend'] as const)
      expect(names.section(section), section).toBe(review.t(`section.${section}`));
    for (const column of columns) expect(names.column(column), column).toBe(review.t(`column.${column}`));
    expect(names.newMarker).toBe(review.t('new'));
  });

  it('a list opened from a row names the row as the row does', () => {
    const labels = { district: String, platform: String, tactic: String, language };
    const target = (patch: Partial<DrillTarget>): DrillTarget => ({
      figure: 'victims',
      year: 2024,
      district: null,
      page: 1,
      pageSize: DEFAULT_DRILL_PAGE_SIZE,
      ...patch,
    });
    const { t } = createI18n(language);
    expect(drillTitle(t, target({ key: 'age:unknown' }), labels)).toContain(names.ageBand('unknown'));
    expect(drillTitle(t, target({ key: 'employment:student' }), labels)).toContain(
      names.employment('student'),
    );
    expect(drillTitle(t, target({ figure: 'sentenceType', key: 'other' }), labels)).toContain(
      names.sentenceType('other'),
    );
  });

  it('the narrative quotes the very marker the table shows', () => {
    const label = (_kind: string, name: string) => fixtureLabels[name]?.[language] ?? name;
    const districts = reviewNarrative(withNewDistrict(), language, label).districts.join(' ');
    expect(districts).toMatch(new RegExp(`[«“]${names.newMarker}[»”]`));
  });
});

describe('the names the review and the screen share', () => {
  it('are the review’s wording, with "offenders" as the statistical term for the group', () => {
    const ru = screen('ru');
    expect(ru.figure('registered')).toBe('Зарегистрировано уголовных дел');
    expect(ru.figure('imprisonedPersons')).toBe('Приговорено к лишению свободы');
    expect(ru.funnel('convictedPersons')).toBe('Осуждено');
    expect(ru.offenders).toBe('Лица, совершившие преступления');
    expect(ru.offender('unemployed')).toBe('Не работавшие');
    expect(ru.offender('groupCrime')).toBe('Дела о преступлениях, совершённых группой');
    expect(ru.offender('age17to60')).toBe('В возрасте от 17 до 60 лет');
    expect(ru.employment('student')).toBe('Учащиеся');
    expect(ru.ageBand('unknown')).toBe('Не указан');
    expect(ru.sentenceType('other')).toBe('Иное');
    expect(screen('kk').offenders).toBe('Қылмыс жасаған адамдар');
    expect(screen('kk').sentenceType('other')).toBe('Басқа');
    expect(screen('en').figure('registered')).toBe('Cases registered');
    expect(screen('en').employment('student')).toBe('Students');
    expect(screen('en').offenders).toBe('Offenders');
  });

  it('mark a figure that was zero the year before with one word that agrees with any figure', () => {
    // «новый» agreed with «район» only, not with «Осуждено лиц» or «Зарегистрировано уголовных дел».
    expect(screen('ru').newMarker).toBe('впервые');
    expect(screen('kk').newMarker).toBe('жаңа');
    expect(screen('en').newMarker).toBe('new');
  });
});
