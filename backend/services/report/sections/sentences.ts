import { rankedBarsHeight, rankedEntries, sentencesChart } from '../../../../shared/charts';
import { sentenceTypes, type SentenceType } from '../../../../shared/domain/case-record';
import type { Content } from 'pdfmake/interfaces';
import type { SectionBuilder } from '../inputs';
import { CONTENT_WIDTH, chart, table, twoColumns } from '../layout';

/** Persons sentenced in the year by type of sentence, and how many received each term of imprisonment. */
export const sentences: SectionBuilder = ({ stats, w, narrative, inputs }) => {
  const { t, f } = w;
  const { byType, imprisonmentTerms } = stats.sentences;
  const labels = Object.fromEntries(sentenceTypes.map((s) => [s, w.heading(`sentenceType.${s}`)])) as Record<
    SentenceType,
    string
  >;
  const body: Content[] = [];
  if (stats.pipeline.sentencedPersons > 0) {
    const types = table({
      head: [t('column.sentenceType'), t('column.persons')],
      rows: [
        ...sentenceTypes.map((s) => [labels[s], f.number(byType[s])]),
        [t('total'), f.number(stats.pipeline.sentencedPersons)],
      ],
      widths: ['*', 'auto'],
      align: ['left', 'right'],
      boldRows: [sentenceTypes.length],
    });
    const terms = imprisonmentTerms.length
      ? table({
          head: [t('figure.imprisonmentTerms'), t('column.persons')],
          rows: [
            ...imprisonmentTerms.map((row) => [
              t('years', { count: row.years, n: f.number(row.years) }),
              f.number(row.persons),
            ]),
            [t('total'), f.number(stats.pipeline.imprisonedPersons)],
          ],
          widths: ['*', 'auto'],
          align: ['left', 'right'],
          boldRows: [imprisonmentTerms.length],
        })
      : { text: '' };
    body.push(
      twoColumns(types, terms),
      chart(
        t('chart.sentences'),
        sentencesChart(byType, labels, inputs.language),
        CONTENT_WIDTH,
        rankedBarsHeight(rankedEntries(byType, labels).length),
      ),
    );
  }
  return { title: t('section.sentences'), lead: narrative.sentences, body };
};
