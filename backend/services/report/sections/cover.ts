import type { Content } from 'pdfmake/interfaces';
import { chartPalette } from '../../../../shared/charts';
import { translate } from '../../../../shared/i18n';
import { periodT, reviewTitle, type SectionContext } from '../inputs';
import { CONTENT_WIDTH, PAGE_MARGINS } from '../layout';
import { dataMoment, issueDateOf } from '../data-time';
import { unsetReviewTexts } from '../../../../shared/report/unset-texts';
import { incompleteAsOf } from '../../../../shared/report/incomplete-period';
import { todayIso } from '../../../../shared/dates';

/** Where the signatory's name is not set yet: a line to write it on. */
const SIGNATURE_LINE = '____________________';

/** The title page: the office, the review and its year, and at the foot the signatory, city and date. */
export function cover({ inputs, stats, w, label, year, period }: SectionContext): Content {
  const { t, f } = w;
  const { texts, language } = inputs;
  const district = stats.district ? label('district', stats.district) : null;
  let subtitle: string;
  if (period.isYear)
    subtitle = district ? t('subtitleDistrict', { year, district }) : t('subtitle', { year });
  else
    subtitle = district
      ? periodT(language, 'subtitleDistrict', { in: period.in, district })
      : periodT(language, 'subtitle', { in: period.in });
  const issueDate = issueDateOf(inputs);
  // Counted while its days still run (the data's own day, never the clock's: the same data, the same file).
  const moment = dataMoment(inputs);
  const countedOn = incompleteAsOf(stats.period, moment ? todayIso(moment) : null);
  // A fresh node each time: pdfmake writes layout state into the nodes it lays out.
  const rule = (margin: [number, number, number, number]): Content => ({
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1, lineColor: chartPalette.primary },
    ],
    margin,
  });
  return {
    stack: [
      { text: texts.office, fontSize: 13, bold: true, color: chartPalette.primary, alignment: 'center' },
      { text: texts.department, fontSize: 10.5, alignment: 'center', margin: [40, 6, 40, 0] },
      rule([0, 10, 0, 0]),
      {
        text: period.isYear ? t('title') : reviewTitle(language),
        fontSize: 30,
        bold: true,
        color: chartPalette.primary,
        alignment: 'center',
        margin: [0, 170, 0, 0],
      },
      {
        // A period in words, as a clerk titles it ("III квартал 2024 года"), smaller than a year's
        // number so that it keeps to one line.
        text: period.isYear ? String(year) : period.heading,
        fontSize: period.isYear ? 54 : period.heading.length > 22 ? 26 : 32,
        bold: true,
        color: chartPalette.primary,
        alignment: 'center',
        margin: [0, 6, 0, 0],
      },
      {
        text: inputs.subject.title ?? translate(inputs.language, 'subjects.review.allCases'),
        fontSize: 15,
        bold: true,
        alignment: 'center',
        margin: [30, 14, 30, 0],
      },
      { text: subtitle, fontSize: 13, alignment: 'center', margin: [30, 8, 30, 0] },
      ...(countedOn
        ? [
            {
              text: t('incomplete', { date: f.date(countedOn), end: f.date(stats.period.to) }),
              fontSize: 10.5,
              alignment: 'center' as const,
              color: chartPalette.muted,
              margin: [40, 14, 40, 0] as [number, number, number, number],
            },
          ]
        : []),
      {
        absolutePosition: { x: PAGE_MARGINS[0], y: 680 },
        stack: [
          {
            columns: [
              { text: texts.signatoryTitle, width: '*', fontSize: 10.5 },
              // Still the placeholder Nadzor ships with: a line to sign by hand, not the placeholder in bold.
              unsetReviewTexts(texts, inputs.language).includes('signatoryName')
                ? { text: SIGNATURE_LINE, width: 'auto', fontSize: 10.5, alignment: 'right' }
                : {
                    text: texts.signatoryName,
                    width: 'auto',
                    fontSize: 10.5,
                    bold: true,
                    alignment: 'right',
                  },
            ],
          },
          rule([0, 28, 0, 8]),
          { text: texts.city, fontSize: 10.5, alignment: 'center' },
          {
            text: issueDate ? t('issued', { date: f.longDate(issueDate) }) : '',
            fontSize: 9,
            alignment: 'center',
            color: chartPalette.muted,
            margin: [0, 3, 0, 0],
          },
        ],
      },
    ],
    pageBreak: 'after',
  };
}
