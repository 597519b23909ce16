import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/dates';
import type { ReferenceItem } from '../../../../shared/domain/reference';
import { useFormats } from '../../components/format';
import { usePrinting } from '../../components/usePrinting';
import { referenceLabel } from '../../components/useReferenceItems';
import { currentLanguage } from '../../i18n/i18n';
import type { ListReference } from './CaseListFilters';
import type { CaseListRequest } from './list-query';

interface Props {
  request: CaseListRequest;
  reference: ListReference;
  /** How many cases the filters find, and how many of them this page shows. */
  total: number;
  shown: number;
}

/** The filters in force as a reader of the sheet needs them, in the toolbar's order. */
function filtersInForce(request: CaseListRequest, reference: ListReference, t: TFunction): string[] {
  const language = currentLanguage();
  const label = (items: ReferenceItem[], name: string) => {
    const item = items.find((i) => i.name === name);
    return item ? referenceLabel(item, language) : name;
  };
  const filter = (key: string, value: string | number | undefined) =>
    value === undefined ? [] : [t('print.list.filter', { name: t(`caseList.filter.${key}`), value })];
  return [
    ...(request.search ? [t('print.list.search', { text: request.search })] : []),
    ...filter('year', request.year),
    ...filter('district', request.district && label(reference.districts, request.district)),
    ...filter('stage', request.stage && t(`cases.stage.${request.stage}`)),
    ...filter('article', request.article),
    ...filter('platform', request.platform && label(reference.platforms, request.platform)),
    ...filter('deadline', request.deadline && t(`caseList.deadline.${request.deadline}`)),
  ];
}

/**
 * Takes the place of the search box and filters on paper: the sheet says which cases it lists (the
 * filters in force, how many, which of them when the list has more pages) and on what day.
 */
export function CaseListPrintTitle({ request, reference, total, shown }: Props) {
  const { t } = useTranslation();
  const format = useFormats();
  const printing = usePrinting();
  // Drawn only for paper, so the day is the day it is printed.
  if (!printing) return null;

  const filters = filtersInForce(request, reference, t);
  const from = (request.page - 1) * request.pageSize + 1;
  const count =
    shown < total
      ? t('print.list.range', { from, to: from + shown - 1, total })
      : t('cases.total', { count: total });
  return (
    <Typography.Paragraph className="print-only" style={{ marginBottom: 8 }}>
      {t('print.list.summary', {
        filters: filters.length > 0 ? filters.join('; ') : t('print.list.all'),
        count,
        date: format.date(todayIso()),
      })}
    </Typography.Paragraph>
  );
}
