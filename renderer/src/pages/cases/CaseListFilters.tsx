import { searchButton } from '../../components/search-button';
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, type InputRef } from 'antd';
import { memo, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineFilters, stages, type Stage } from '../../../../shared/domain/case';
import type { ReferenceItem } from '../../../../shared/domain/reference';
import { articleOptionLabel, referenceLabel } from '../../components/useReferenceItems';
import { currentLanguage } from '../../i18n/i18n';
import { hasFilters, type CaseListRequest, type DeadlineFilter } from './list-query';

const RECENT_YEARS = 10;

export interface ListReference {
  districts: ReferenceItem[];
  articles: ReferenceItem[];
  platforms: ReferenceItem[];
  loading: boolean;
}

interface Props {
  request: CaseListRequest;
  reference: ListReference;
  onChange: (patch: Partial<CaseListRequest>) => void;
  searchRef: Ref<InputRef>;
  /** The number of cases found, shown at the end of the search row: an element that reads it itself. */
  total: ReactNode;
}

const byLabel = (language: string) => (a: { label: string }, b: { label: string }) =>
  a.label.localeCompare(b.label, language);

/** Recent years, newest first, plus the one in the URL if it is older. */
function yearOptions(selected: number | undefined) {
  const current = new Date().getFullYear();
  const years = Array.from({ length: RECENT_YEARS }, (_, i) => current - i);
  if (selected !== undefined && !years.includes(selected)) years.push(selected);
  return years.map((year) => ({ value: year, label: String(year) }));
}

/**
 * Search and filters of the case list. Every control has an accessible name (its placeholder says the
 * same), the search box is focused by Ctrl+F, and every change goes to the URL and from there to SQL.
 * Memoised: its six selects are not drawn again when only the list's page changes.
 */
export const CaseListFilters = memo(function CaseListFilters({
  request,
  reference,
  onChange,
  searchRef,
  total,
}: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [searchText, setSearchText] = useState(request.search);
  // The URL can change under the box (back button, "clear filters"): show what is really searched for.
  const [shownSearch, setShownSearch] = useState(request.search);
  if (shownSearch !== request.search) {
    setShownSearch(request.search);
    setSearchText(request.search);
  }

  const select = {
    allowClear: true,
    virtual: false,
    popupMatchSelectWidth: false,
  } as const;
  // The six filters share one row, each growing from a width that fits its longest value.
  const grow = (basis: number) => ({ style: { flex: `1 1 ${basis}px`, minWidth: 0 } });
  const labelled = (label: string) => ({ 'aria-label': label, placeholder: label, title: label });

  const clear = () =>
    onChange({
      search: '',
      year: undefined,
      district: undefined,
      stage: undefined,
      article: undefined,
      platform: undefined,
      deadline: undefined,
    });

  return (
    // On paper CaseListPrintTitle says in words what these controls are set to.
    <Flex vertical gap={12} className="no-print" style={{ marginBottom: 16 }}>
      <Flex align="center" justify="space-between" gap={16}>
        <Input.Search
          ref={searchRef}
          aria-label={t('caseList.search')}
          aria-keyshortcuts="Control+F"
          placeholder={t('caseList.searchPlaceholder')}
          allowClear
          enterButton={searchButton(t)}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(value) => onChange({ search: value.trim() })}
          style={{ maxWidth: 480 }}
        />
        <Flex align="center" gap={16}>
          <Button icon={<ClearOutlined aria-hidden />} disabled={!hasFilters(request)} onClick={clear}>
            {t('caseList.clearFilters')}
          </Button>
          {total}
        </Flex>
      </Flex>
      <Flex gap={8} role="group" aria-label={t('caseList.filters')}>
        <Select<number>
          {...select}
          {...labelled(t('caseList.filter.year'))}
          style={{ flex: '0 0 100px' }}
          value={request.year}
          onChange={(year) => onChange({ year })}
          options={yearOptions(request.year)}
        />
        <Select<string>
          {...select}
          {...labelled(t('caseList.filter.district'))}
          {...grow(140)}
          showSearch={{ optionFilterProp: 'label' }}
          loading={reference.loading}
          value={request.district}
          onChange={(district) => onChange({ district })}
          options={reference.districts
            .map((d) => ({ value: d.name, label: referenceLabel(d, language) }))
            .sort(byLabel(language))}
        />
        <Select<Stage>
          {...select}
          {...labelled(t('caseList.filter.stage'))}
          {...grow(190)}
          value={request.stage}
          onChange={(stage) => onChange({ stage })}
          options={stages.map((stage) => ({ value: stage, label: t(`cases.stage.${stage}`) }))}
        />
        <Select<string>
          {...select}
          {...labelled(t('caseList.filter.article'))}
          {...grow(110)}
          showSearch={{ optionFilterProp: 'label' }}
          loading={reference.loading}
          value={request.article}
          onChange={(article) => onChange({ article })}
          options={reference.articles.map((a) => ({ value: a.name, label: articleOptionLabel(a, language) }))}
          optionLabelProp="value"
        />
        <Select<string>
          {...select}
          {...labelled(t('caseList.filter.platform'))}
          {...grow(140)}
          showSearch={{ optionFilterProp: 'label' }}
          loading={reference.loading}
          value={request.platform}
          onChange={(platform) => onChange({ platform })}
          options={reference.platforms
            .map((p) => ({ value: p.name, label: referenceLabel(p, language) }))
            .sort(byLabel(language))}
        />
        <Select<DeadlineFilter>
          {...select}
          {...labelled(t('caseList.filter.deadline'))}
          {...grow(160)}
          value={request.deadline}
          onChange={(deadline) => onChange({ deadline })}
          options={deadlineFilters.map((d) => ({ value: d, label: t(`caseList.deadline.${d}`) }))}
        />
      </Flex>
    </Flex>
  );
});
