import { Flex, Select, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/fields';
import { ALL_CASES } from '../../../../shared/domain/review-subject';
import { currentLanguage } from '../../i18n/i18n';
import { useApiQuery } from '../../query/use-api';
import { districtLabel } from '../../i18n/reference-labels';
import { useReference } from '../../state/reference';
import { shiftPeriod } from '../../../../shared/domain/period';
import { PeriodPicker } from './PeriodPicker';
import { offeredYears, type ReportView } from './report-query';

const ALL = '';

interface Props {
  view: ReportView;
  onChange: (patch: Partial<ReportView>) => void;
  /** The PDF button, at the end of the row. */
  actions: ReactNode;
}

/** A control with its visible label (which is also its accessible name). */
function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <label htmlFor={id}>{label}</label>
      </Typography.Text>
      {children(id)}
    </Flex>
  );
}

/**
 * The review's subject: Settings' subjects by title, and every case. Until one is chosen the default
 * subject of Settings is shown chosen (and counted: the API takes it when none is asked).
 */
function SubjectPicker({ value, onChange }: { value?: string; onChange: (subject: string) => void }) {
  const { t } = useTranslation();
  const uiLanguage = currentLanguage();
  const subjects = useApiQuery('reports.subjects', {});
  const known = subjects.data?.subjects ?? [];
  const options = [
    { value: ALL_CASES, label: t('subjects.picker.all') },
    ...known.map((s) => ({ value: s.name, label: s.title[uiLanguage] })),
  ];
  // A subject in the URL that Settings no longer hold is still shown by its name (the API refuses it).
  if (value && !options.some((o) => o.value === value)) options.push({ value, label: value });
  return (
    <Labelled label={t('subjects.picker.label')}>
      {(id) => (
        <Select<string>
          id={id}
          value={value ?? subjects.data?.defaultSubject ?? ALL_CASES}
          loading={subjects.isLoading}
          onChange={onChange}
          virtual={false}
          popupMatchSelectWidth={false}
          // Wide enough for a title with its article ("Қорқытып алушылық — ҚК 194-бабы"), never the whole row.
          style={{ minWidth: 260, maxWidth: 420 }}
          options={options}
        />
      )}
    </Labelled>
  );
}

/** Year, district, subject and the PDF's language; every change goes to the URL and the figures follow. */
export function ReportControls({ view, onChange, actions }: Props) {
  const { t } = useTranslation();
  const uiLanguage = currentLanguage();
  const { districts, loading } = useReference();

  const districtOptions = [
    { value: ALL, label: t('reports.controls.allDistricts') },
    ...districts
      .map((d) => ({ value: d.name, label: districtLabel(d, uiLanguage) }))
      .sort((a, b) => a.label.localeCompare(b.label, uiLanguage)),
  ];
  // A district in the URL that the reference no longer has is still shown by its name.
  if (view.district && !districts.some((d) => d.name === view.district))
    districtOptions.push({ value: view.district, label: view.district });

  return (
    <Flex gap={16} wrap align="flex-end" justify="space-between" style={{ marginBottom: 16 }}>
      <Flex gap={16} wrap align="flex-end" role="group" aria-label={t('reports.controls.label')}>
        <Labelled label={t('reports.controls.year')}>
          {(id) => (
            <Select<number>
              id={id}
              value={view.year}
              // A quarter (or any days) stays the same days of the year chosen.
              onChange={(year) =>
                onChange({ year, period: view.period ? shiftPeriod(view.period, year - view.year) : null })
              }
              virtual={false}
              style={{ width: 110 }}
              options={offeredYears(view.year).map((y) => ({ value: y, label: String(y) }))}
            />
          )}
        </Labelled>
        <PeriodPicker
          view={view}
          onChange={onChange}
          labelled={(label, control) => <Labelled label={label}>{control}</Labelled>}
        />
        <Labelled label={t('reports.controls.district')}>
          {(id) => (
            <Select<string>
              id={id}
              value={view.district ?? ALL}
              loading={loading}
              onChange={(district) => onChange({ district: district === ALL ? null : district })}
              virtual={false}
              popupMatchSelectWidth={false}
              style={{ width: 220 }}
              options={districtOptions}
            />
          )}
        </Labelled>
        <SubjectPicker value={view.subject} onChange={(subject) => onChange({ subject })} />
        <Labelled label={t('reports.controls.language')}>
          {(id) => (
            <Select<Language>
              id={id}
              value={view.language ?? uiLanguage}
              onChange={(language) => onChange({ language })}
              virtual={false}
              style={{ width: 150 }}
              options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            />
          )}
        </Labelled>
      </Flex>
      {actions}
    </Flex>
  );
}
