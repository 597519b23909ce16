import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chartPalette } from '../../../shared/charts';
import { localeOf } from '../../../shared/format';
import { appVersion } from '../../version';
import { metadataDate } from './data-time';
import { periodT, reviewTitle, sectionContext, type ReportInputs } from './inputs';
import { CONTENT_WIDTH, PAGE_MARGINS, sectionOpening, styles } from './layout';
import { about } from './sections/about';
import { cover } from './sections/cover';
import { reviewSections } from './sections';

/**
 * The review as a pdfmake document: pure (same inputs, same definition), so rendering it alone can be
 * timed and the same inputs always give the same PDF. Its charts are gathered, not yet drawn: it is
 * built inside `gatherCharts`, then filled by `drawCharts` (chart-svg.ts; reviewDefinition in render.ts).
 */
export function buildReportDefinition(inputs: ReportInputs): TDocumentDefinitions {
  const ctx = sectionContext(inputs);
  const { t } = ctx.w;
  const content: Content[] = [cover(ctx)];
  let number = 0;
  for (const build of reviewSections) {
    const section = build(ctx);
    if (!section) continue;
    number += 1;
    const [first, ...rest] = section.body;
    content.push(sectionOpening(number, section.title, section.lead, first), ...rest);
  }
  content.push(about(ctx));

  const moment = metadataDate(inputs);
  const { period } = ctx;
  // The subject goes into the title and every page's header, so a page alone says what it counts; a
  // quarter's (or any days') review is titled by its days: "Обзор за III квартал 2024 года".
  const subject = inputs.subject.title ? ` · ${inputs.subject.title}` : '';
  const title =
    (period.isYear ? `${t('title')} ${ctx.year}` : `${reviewTitle(inputs.language)}: ${period.title}`) +
    subject;
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: localeOf[inputs.language],
    info: {
      title,
      author: inputs.texts.office,
      subject: period.isYear
        ? t('subtitle', { year: ctx.year })
        : periodT(inputs.language, 'subtitle', { in: period.in }),
      creator: `Nadzor ${appVersion}`,
      producer: 'Nadzor (pdfmake)',
      creationDate: moment,
      modDate: moment,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, color: chartPalette.text },
    styles,
    header: (page) =>
      page === 1
        ? null
        : {
            margin: [PAGE_MARGINS[0], 26, PAGE_MARGINS[2], 0],
            stack: [
              {
                text:
                  (period.isYear
                    ? t('header', { office: inputs.texts.office, year: ctx.year })
                    : periodT(inputs.language, 'header', {
                        office: inputs.texts.office,
                        title: period.title,
                      })) + subject,
                fontSize: 8,
                color: chartPalette.muted,
              },
              {
                canvas: [
                  {
                    type: 'line',
                    x1: 0,
                    y1: 4,
                    x2: CONTENT_WIDTH,
                    y2: 4,
                    lineWidth: 0.5,
                    lineColor: chartPalette.grid,
                  },
                ],
              },
            ],
          },
    footer: (page, pages) =>
      page === 1
        ? null
        : {
            text: t('page', { page, total: pages }),
            alignment: 'center',
            fontSize: 8,
            color: chartPalette.muted,
            margin: [0, 20, 0, 0],
          },
    content,
  };
}
