import { SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFacets, AuditListEntry, VerifyReport } from '../../../../shared/domain/audit-view';
import { api } from '../../api';
import { NotPermitted } from '../../components/NotPermitted';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../state/session';
import { filterOf, hasFilters } from './audit-query';
import { AnchorCheck } from './AnchorCheck';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { EntryDrawer } from './EntryDrawer';
import { ExportMenu } from './ExportMenu';
import { markStale } from '../../query/client';
import { useApiQuery } from '../../query/use-api';
import { useAuditList } from './useAuditList';
import { useAuditWords } from './useAuditWords';
import { SignInJournal } from './SignInJournal';
import { VerifyResult } from './VerifyResult';

/**
 * `#/audit?…filters`: the whole audit trail, newest first, filtered by user, days, action and object;
 * any entry opens with its changes and its place in the chain; Verify runs the same check as
 * `audit verify`; the filtered trail exports to CSV and PDF with the chain's head.
 */
export function AuditPage() {
  const mayRead = useCan('audit.read');
  return mayRead ? <AuditTabs /> : <NotPermitted capability="audit.read" />;
}

/** The trail, and beside it the sign-in journal (kept outside the trail). */
function AuditTabs() {
  const { t } = useTranslation();
  return (
    <Tabs
      size="small"
      tabBarStyle={{ marginBottom: 8 }}
      items={[
        { key: 'trail', label: t('audit.tabs.trail'), children: <AuditTrail /> },
        { key: 'signIns', label: t('audit.tabs.signIns'), children: <SignInJournal /> },
      ]}
    />
  );
}

const RESULT_MARGIN = 16;
/** The tab bar above the trail (its height and margin), which the table's body gives up too. */
const TAB_BAR_HEIGHT = 48;
const noFacets: AuditFacets = { actors: [], actions: [] };

function AuditTrail() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const words = useAuditWords();
  const mayExport = useCan('audit.export');
  const list = useAuditList();
  // Who and what the trail holds, for the filters' options (the options known stay while newer load).
  const facetsQuery = useApiQuery('audit.facets', {}, { placeholderData: keepPreviousData });
  const facets = facetsQuery.data ?? noFacets;
  const [opened, setOpened] = useState<AuditListEntry | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  // The verification's result pushes the list down: the table's body gives up that height.
  const [aboveHeight, setAboveHeight] = useState(0);
  const measure = useCallback((element: HTMLDivElement) => {
    const observer = new ResizeObserver(() => setAboveHeight(element.offsetHeight + RESULT_MARGIN));
    observer.observe(element);
    return () => {
      observer.disconnect();
      setAboveHeight(0);
    };
  }, []);

  const verify = async () => {
    setVerifying(true);
    setReport(null);
    const result = await api.audit.verify({});
    setVerifying(false);
    if (!result.ok) return void message.error(result.error.message);
    setReport(result.value);
    // The trail may have grown since the list was read: show it as verified.
    void markStale(['audit']);
  };

  const openSeq = async (seq: number) => {
    const result = await api.audit.entry({ seq });
    if (!result.ok) return void message.error(result.error.message);
    setOpened(result.value);
  };

  const emptyText = hasFilters(list.request) ? t('audit.noMatch') : t('audit.empty');

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={
          <Flex gap={8} wrap justify="end">
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined aria-hidden />}
              loading={verifying}
              onClick={() => void verify()}
            >
              {t('audit.verify.button')}
            </Button>
            <AnchorCheck words={words} onOpenEntry={(seq) => void openSeq(seq)} />
            {mayExport && <ExportMenu filter={filterOf(list.request)} />}
          </Flex>
        }
      />
      {report && (
        <div ref={measure} style={{ marginBottom: RESULT_MARGIN }}>
          <VerifyResult
            report={report}
            words={words}
            onClose={() => setReport(null)}
            onOpenEntry={(seq) => void openSeq(seq)}
          />
        </div>
      )}
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <AuditFilters
          request={list.request}
          facets={facets}
          facetsLoading={facetsQuery.isFetching}
          words={words}
          onChange={list.update}
          onOpenEntry={(seq) => void openSeq(seq)}
          total={
            <Typography.Text type="secondary" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
              {list.page ? t('audit.total', { count: list.page.total }) : null}
            </Typography.Text>
          }
        />
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
        <AuditTable
          request={list.request}
          page={list.page}
          loading={list.loading}
          emptyText={emptyText}
          words={words}
          selectedSeq={opened?.seq ?? null}
          aboveHeight={aboveHeight + TAB_BAR_HEIGHT}
          onOpen={setOpened}
          onChange={list.update}
        />
      </Card>
      <EntryDrawer
        entry={opened}
        words={words}
        onClose={() => setOpened(null)}
        onImport={(importId) => {
          setOpened(null);
          list.update({ importId });
        }}
      />
    </>
  );
}
