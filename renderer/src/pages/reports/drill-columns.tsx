import type { TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { drillKinds, type DrillFigure, type DrillKind, type DrillRow } from '../../../../shared/domain/stats';
import type { Language } from '../../../../shared/domain/fields';
import { calendarYear, isCalendarYear } from '../../../../shared/domain/period';
import { periodWords } from '../../../../shared/report/period-words';
import { formatsFor } from '../../../../shared/format';
import type { CaseFormat } from '../case/format';
import type { DrillTarget } from './report-query';
import { NO_VALUE } from './report-format';

export type NumberedRow = DrillRow & { rowId: number };
type Columns = NonNullable<TableProps<NumberedRow>['columns']>;

/** The date that put a row into the figure, when it is not the registration (shown anyway). */
const eventColumnOf: Partial<Record<DrillFigure, string>> = {
  forwardedToCourt: 'forwardedOn',
  convictedPersons: 'convictedOn',
  acquittedPersons: 'acquittedOn',
  sentencedPersons: 'sentencedOn',
  imprisonedPersons: 'sentencedOn',
  sentenceType: 'sentencedOn',
  imprisonmentTerm: 'sentencedOn',
};

/** What a figure's list holds, known before it loads (the drawer's width depends on it). */
export const drillKindOf = (figure: DrillFigure): DrillKind => drillKinds[figure];

/** Why a row is in the list: its registration in the year, or the event in the last column. */
export function drillBasis(figure: DrillFigure): 'event' | 'offenders' | 'registration' {
  if (eventColumnOf[figure]) return 'event';
  return figure === 'offenders' ? 'offenders' : 'registration';
}

/** Why a row is in the list, under the title: the date that counts, or the register figure's definition. */
export function drillBasisText(
  t: TFunction,
  { figure, key, year, period }: DrillTarget,
  language: Language = 'en',
): string {
  // The list's days are said as its title says them ("в III квартале 2024 года").
  const { in: within } = periodWords(period ?? calendarYear(year), language);
  const wholeYear = !period || isCalendarYear(period, year);
  // "On 31 December" is a year's; a quarter's list is of the persons on its own last day.
  const registerKey = key === 'atYearEnd' && !wholeYear ? 'atPeriodEnd' : (key ?? '');
  const basis =
    figure === 'monitoredPersons'
      ? t(`monitoringReport.drill.basis.${registerKey}`, { year, in: within })
      : t(`reports.drill.basis.${drillBasis(figure)}`, { year, in: within });
  if (wholeYear) return basis;
  // A quarter's (or any days') list counts only its days of the year: said in a sentence of its own.
  const { date } = formatsFor(language);
  return `${basis} ${t('period.basis', { from: date(period.from), to: date(period.to) })}`;
}

interface Context {
  t: TFunction;
  format: CaseFormat;
  district: (name: string) => string;
}

const orDash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? NO_VALUE : value;

/** A sentence's type with its length: "Imprisonment, 5 years 6 months". */
function sentenceText({ t, format }: Context, row: DrillRow): string {
  if (!row.sentenceType) return NO_VALUE;
  const type = t(`caseView.sentenceType.${row.sentenceType}`);
  const months = row.sentenceMonths;
  if (months === null || months === undefined) return type;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const term = format.term({
    years: years > 0 ? years : null,
    months: rest > 0 || years === 0 ? rest : null,
  });
  return `${type}, ${term}`;
}

/** The columns of a figure's list: cases, persons (defendants) or victims. */
export function drillColumns(kind: DrillKind, figure: DrillFigure, context: Context): Columns {
  const { t, format, district } = context;
  const caseLink: Columns[number] = {
    title: t('reports.drill.column.case'),
    dataIndex: 'registryNumber',
    width: 160,
    render: (value: string, row) => <Link to={`/cases/${row.caseId}`}>{value}</Link>,
  };
  const districtColumn: Columns[number] = {
    title: t('cases.field.district'),
    dataIndex: 'district',
    render: (name: string) => district(name),
  };
  const registered: Columns[number] = {
    title: t('cases.field.registeredOn'),
    dataIndex: 'registeredOn',
    width: 150,
    render: (iso: string) => format.date(iso),
  };
  const eventKey = eventColumnOf[figure];
  const event: Columns = eventKey
    ? [
        {
          title: t(`reports.drill.column.${eventKey}`),
          dataIndex: 'eventOn',
          width: 170,
          render: (iso: string) => format.date(iso),
        },
      ]
    : [];
  const sex: Columns[number] = {
    title: t('caseView.field.sex'),
    dataIndex: 'sex',
    width: 90,
    render: (value: 'M' | 'F' | undefined) => (value ? t(`caseView.sex.${value}`) : NO_VALUE),
  };
  const age: Columns[number] = {
    title: t('reports.drill.column.age'),
    dataIndex: 'age',
    width: 80,
    align: 'right',
    render: (value: number | null | undefined) => orDash(value),
  };

  if (kind === 'cases') return [caseLink, districtColumn, registered, ...event];
  if (kind === 'victims')
    return [
      caseLink,
      districtColumn,
      registered,
      sex,
      age,
      {
        title: t('caseView.field.employment'),
        dataIndex: 'employment',
        // A person's own employment, as the case page words it; none recorded is a dash, as a missing age.
        render: (value: string | null | undefined) => (value ? t(`caseView.employment.${value}`) : NO_VALUE),
      },
    ];
  return [
    {
      title: t('caseView.field.fullName'),
      dataIndex: 'fullName',
      render: (value: string | null | undefined) => orDash(value),
    },
    {
      title: t('reports.drill.column.personId'),
      dataIndex: 'personId',
      width: 130,
      render: (value: string | null | undefined) => orDash(value),
    },
    sex,
    age,
    {
      title: t('reports.drill.column.priorConvictions'),
      dataIndex: 'priorConvictions',
      width: 110,
      align: 'right',
      render: (value: number | null | undefined) => orDash(value),
    },
    { title: t('caseView.field.sentence'), key: 'sentence', render: (_, row) => sentenceText(context, row) },
    caseLink,
    ...(eventKey ? event : [registered]),
  ];
}
