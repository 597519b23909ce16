import { DatePicker, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { halfPeriod, namePeriod, quarterPeriod } from '../../../../shared/domain/period';
import { statsPeriod, type StatsPeriod } from '../../../../shared/domain/stats';
import { dateInputFormats } from '../../../../shared/format';
import { currentLanguage } from '../../i18n/i18n';
import type { ReportView } from './report-query';

type Kind = 'year' | 'quarter' | 'half' | 'range';
const kinds: Kind[] = ['year', 'quarter', 'half', 'range'];
const ISO = 'YYYY-MM-DD';

interface Props {
  view: ReportView;
  onChange: (patch: Partial<ReportView>) => void;
  /** Puts a control under its visible label (ReportControls' Labelled). */
  labelled: (label: string, control: (id: string) => ReactNode) => ReactNode;
}

/**
 * The review's days beside its year: the whole year, a quarter, a half-year or any dates (ending in
 * the year they set). A quarter's or half's days are shown as that quarter or half, unless dates
 * were chosen on purpose.
 */
export function PeriodPicker({ view, onChange, labelled }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [datesChosen, setDatesChosen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const named = view.period ? namePeriod(view.period) : null;
  const kind: Kind = datesChosen ? 'range' : (named?.kind ?? 'year');

  const choose = (next: Kind) => {
    setDatesChosen(next === 'range');
    setRefusal(null);
    if (next === 'year') onChange({ period: null });
    if (next === 'quarter') onChange({ period: quarterPeriod(view.year, 1) });
    if (next === 'half') onChange({ period: halfPeriod(view.year, 1) });
  };

  const pickDates = (from: string, to: string) => {
    const checked = statsPeriod.safeParse({ from, to });
    if (!checked.success) {
      setRefusal(t(checked.error.issues[0]?.message ?? 'errors.stats.periodTooLong'));
      return;
    }
    setRefusal(null);
    const period: StatsPeriod = checked.data;
    onChange({ year: Number(period.to.slice(0, 4)), period });
  };

  return (
    <>
      {labelled(t('period.picker.kind'), (id) => (
        <Select<Kind>
          id={id}
          value={kind}
          onChange={choose}
          virtual={false}
          popupMatchSelectWidth={false}
          style={{ width: 140 }}
          options={kinds.map((k) => ({ value: k, label: t(`period.picker.${k}`) }))}
        />
      ))}
      {kind === 'quarter' &&
        named?.kind === 'quarter' &&
        labelled(t('period.picker.quarter'), (id) => (
          <Select<number>
            id={id}
            value={named.quarter}
            onChange={(quarter) => onChange({ period: quarterPeriod(view.year, quarter) })}
            virtual={false}
            style={{ width: 130 }}
            options={[1, 2, 3, 4].map((q) => ({ value: q, label: t(`period.quarterShort.${q}`) }))}
          />
        ))}
      {kind === 'half' &&
        named?.kind === 'half' &&
        labelled(t('period.picker.half'), (id) => (
          <Select<number>
            id={id}
            value={named.half}
            onChange={(half) => onChange({ period: halfPeriod(view.year, half) })}
            virtual={false}
            style={{ width: 150 }}
            options={[1, 2].map((h) => ({ value: h, label: t(`period.halfShort.${h}`) }))}
          />
        ))}
      {kind === 'range' &&
        labelled(t('period.picker.range'), (id) => (
          <>
            <DatePicker.RangePicker
              id={id}
              placeholder={[t('period.picker.from'), t('period.picker.to')]}
              format={[...dateInputFormats[language]]}
              value={view.period ? [dayjs(view.period.from), dayjs(view.period.to)] : null}
              onChange={(dates) => {
                if (dates?.[0] && dates[1]) pickDates(dates[0].format(ISO), dates[1].format(ISO));
              }}
              allowClear={false}
              status={refusal ? 'error' : undefined}
              style={{ width: 260 }}
            />
            {refusal && (
              <Typography.Text type="danger" role="alert">
                {refusal}
              </Typography.Text>
            )}
          </>
        ))}
    </>
  );
}
