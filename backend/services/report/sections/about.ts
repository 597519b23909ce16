import type { Content } from 'pdfmake/interfaces';
import { chartPalette } from '../../../../shared/charts';
import { NO_VALUE } from '../../../../shared/format';
import { translate } from '../../../../shared/i18n';
import { periodT, type SectionContext } from '../inputs';
import { table } from '../layout';
import { dataMoment } from '../data-time';

/**
 * The last block: what the figures were computed from, so a printed copy can be checked against the
 * database (the fingerprint), and by whom and with which options it was produced.
 */
export function about({ inputs, stats, w, label, year, period }: SectionContext): Content {
  const { t, f } = w;
  const moment = dataMoment(inputs);
  return {
    unbreakable: true,
    stack: [
      { text: t('section.about'), style: 'sectionTitle' },
      { text: period.isYear ? t('about.intro') : periodT(inputs.language, 'aboutIntro'), style: 'body' },
      table({
        rows: [
          [t('about.year'), String(year)],
          // A period's own dates, whatever it is called, for a reader to recount.
          ...(period.isYear
            ? []
            : [
                [
                  periodT(inputs.language, 'picker.kind'),
                  `${f.date(stats.period.from)} – ${f.date(stats.period.to)}`,
                ],
              ]),
          [t('about.district'), stats.district ? label('district', stats.district) : t('about.allDistricts')],
          [
            translate(inputs.language, 'subjects.picker.label'),
            inputs.subject.title ?? translate(inputs.language, 'subjects.review.allCases'),
          ],
          [t('about.language'), translate(inputs.language, `language.${inputs.language}`)],
          [t('about.dataAsOf'), moment ? f.dateTime(moment) : NO_VALUE],
          [t('about.user'), inputs.actor],
          [t('about.fingerprint'), inputs.fingerprint],
          [
            t('about.trailHead'),
            inputs.trailHead
              ? t('about.trailHeadValue', { entries: inputs.trailHead.count, hash: inputs.trailHead.hash })
              : NO_VALUE,
          ],
        ],
        widths: [150, '*'],
        align: ['left', 'left'],
      }),
      { text: t('about.fingerprintHint'), style: 'small' },
      ...(inputs.trailHead
        ? [
            {
              text: t('about.trailHeadHint', {
                anchor: `${inputs.trailHead.count}:${inputs.trailHead.hash}`,
              }),
              style: 'small',
            },
          ]
        : []),
    ],
    margin: [0, 10, 0, 0],
    color: chartPalette.text,
  };
}
