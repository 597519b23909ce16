import { searchButton } from '../../components/search-button';
import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select, Tag } from 'antd';
import { dateInputFormats } from '../../../../shared/format';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  auditEntityTypes,
  type AuditEntityType,
  type AuditFacets,
} from '../../../../shared/domain/audit-view';
import { currentLanguage } from '../../i18n/i18n';
import { hasFilters, type AuditListRequest } from './audit-query';
import type { AuditWords } from './audit-words';

interface Props {
  request: AuditListRequest;
  facets: AuditFacets;
  facetsLoading: boolean;
  words: AuditWords;
  onChange: (patch: Partial<AuditListRequest>) => void;
  /** Opens one entry by its number, as a printed or saved copy names it. */
  onOpenEntry: (seq: number) => void;
  /** The number of entries found, shown at the end of the search row. */
  total: ReactNode;
}

const ISO = 'YYYY-MM-DD';

const byLabel = (language: string) => (a: { label: string }, b: { label: string }) =>
  a.label.localeCompare(b.label, language);

/**
 * The trail's filters: who, when, what and on what. Every control has an accessible name (its
 * placeholder says the same); every change goes to the URL and from there to SQL.
 */
export function AuditFilters({ request, facets, facetsLoading, words, onChange, onOpenEntry, total }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [entityText, setEntityText] = useState(request.entityId ?? '');
  // The URL can change under the box (back button, "clear filters"): show what is really searched for.
  const [shownEntity, setShownEntity] = useState(request.entityId);
  if (shownEntity !== request.entityId) {
    setShownEntity(request.entityId);
    setEntityText(request.entityId ?? '');
  }

  const select = { allowClear: true, virtual: false, popupMatchSelectWidth: false } as const;
  const grow = (basis: number) => ({ style: { flex: `1 1 ${basis}px`, minWidth: 0 } });
  const labelled = (label: string) => ({ 'aria-label': label, placeholder: label, title: label });

  const actors = facets.actors
    .map(({ actor, name }) => ({ value: actor, label: words.actor({ actor, actorName: name }) }))
    .sort(byLabel(language));
  // An actor or action from a link that the trail no longer lists still shows as chosen.
  if (request.actor && !actors.some((a) => a.value === request.actor))
    actors.push({ value: request.actor, label: words.actor({ actor: request.actor, actorName: null }) });
  const actions = facets.actions
    .map((action) => ({ value: action, label: words.action(action) }))
    .sort(byLabel(language));
  if (request.action && !actions.some((a) => a.value === request.action))
    actions.push({ value: request.action, label: words.action(request.action) });

  const period: [Dayjs | null, Dayjs | null] = [
    request.from ? dayjs(request.from, ISO) : null,
    request.to ? dayjs(request.to, ISO) : null,
  ];

  const clear = () =>
    onChange({
      actor: undefined,
      from: undefined,
      to: undefined,
      action: undefined,
      entityType: undefined,
      entityId: undefined,
      importId: undefined,
    });

  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Flex align="center" gap={8} wrap style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Input.Search
            aria-label={t('audit.filter.entity')}
            placeholder={t('audit.filter.entityPlaceholder')}
            title={t('audit.filter.entity')}
            allowClear
            enterButton={searchButton(t)}
            value={entityText}
            onChange={(event) => setEntityText(event.target.value)}
            onSearch={(value) => onChange({ entityId: value.trim() || undefined })}
            style={{ maxWidth: 420 }}
          />
          <Input.Search
            aria-label={t('audit.openByNumber')}
            placeholder={t('audit.openByNumberPlaceholder')}
            title={t('audit.openByNumber')}
            inputMode="numeric"
            // A plain button: the page's one primary action is Verify.
            enterButton={<Button>{t('audit.openByNumberButton')}</Button>}
            onSearch={(value) => {
              const seq = Number(value.trim().replace(/^[#№]\s*/, ''));
              if (Number.isInteger(seq) && seq > 0) onOpenEntry(seq);
            }}
            style={{ width: 200 }}
          />
          {request.importId !== undefined && (
            <Tag
              closable
              color="blue"
              closeIcon={<span aria-label={t('audit.removeImportFilter')}>×</span>}
              onClose={() => onChange({ importId: undefined })}
              style={{ marginInlineEnd: 0, paddingBlock: 4 }}
            >
              {t('audit.importFilter', { id: request.importId })}
            </Tag>
          )}
        </Flex>
        <Flex align="center" gap={16}>
          <Button icon={<ClearOutlined aria-hidden />} disabled={!hasFilters(request)} onClick={clear}>
            {t('audit.clearFilters')}
          </Button>
          {total}
        </Flex>
      </Flex>
      <Flex gap={8} role="group" aria-label={t('audit.filters')} wrap>
        <Select<string>
          {...select}
          {...labelled(t('audit.filter.actor'))}
          {...grow(200)}
          showSearch={{ optionFilterProp: 'label' }}
          loading={facetsLoading}
          value={request.actor}
          onChange={(actor) => onChange({ actor })}
          options={actors}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.filter.period')}
          title={t('audit.filter.period')}
          placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
          format={[...dateInputFormats[language]]}
          allowEmpty={[true, true]}
          value={period}
          onChange={(dates) =>
            onChange({ from: dates?.[0]?.format(ISO) ?? undefined, to: dates?.[1]?.format(ISO) ?? undefined })
          }
          style={{ flex: '0 1 260px', minWidth: 220 }}
        />
        <Select<string>
          {...select}
          {...labelled(t('audit.filter.action'))}
          {...grow(240)}
          showSearch={{ optionFilterProp: 'label' }}
          loading={facetsLoading}
          value={request.action}
          onChange={(action) => onChange({ action })}
          options={actions}
        />
        <Select<AuditEntityType>
          {...select}
          {...labelled(t('audit.filter.entityType'))}
          {...grow(160)}
          value={request.entityType}
          onChange={(entityType) => onChange({ entityType })}
          options={auditEntityTypes
            .map((type) => ({ value: type, label: words.entityType(type) }))
            .sort(byLabel(language))}
        />
      </Flex>
    </Flex>
  );
}
