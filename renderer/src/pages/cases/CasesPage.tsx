import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography, type InputRef } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { articleOptionLabel, referenceLabel, useReferenceItems } from '../../components/useReferenceItems';
import { returnFromNewCase } from '../../components/new-case-return';
import { useCtrlShortcut } from '../../components/useShortcut';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { currentLanguage } from '../../i18n/i18n';
import { useCan } from '../../state/session';
import { CaseListFilters } from './CaseListFilters';
import { CaseListPrintTitle } from './CaseListPrintTitle';
import { CaseTable } from './CaseTable';
import { ExportButton } from './ExportButton';
import { PrintButton } from '../../components/PrintButton';
import { filtersOf, hasFilters, toListParams } from './list-query';
import type { CreatedCase } from './new-case-form';
import { NewCaseDrawer } from './NewCaseDrawer';
import { useCaseList } from './useCaseList';

/** How many cases the list's query found; it reads the list itself, so the filters around it need not draw again. */
function CasesFound() {
  const { t } = useTranslation();
  const { page } = useCaseList();
  return (
    <Typography.Text type="secondary" aria-live="polite">
      {page ? t('cases.total', { count: page.total }) : null}
    </Typography.Text>
  );
}
const CASES_FOUND = <CasesFound />;

/**
 * `#/cases?…filters` lists the cases; `#/cases/new` shows the same list with the new-case form over it.
 * The filters live in the URL, so they survive opening a case and coming back.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const query = location.search;
  const canCreate = useCan('cases.write');
  const canImport = useCan('import');
  const canExport = useCan('export');
  // `#/cases/new` typed by a role that registers no cases shows just the list.
  const creating = useMatch('/cases/new') !== null && canCreate;
  const list = useCaseList();
  const [createdId, setCreatedId] = useState<number | null>(null);
  const searchRef = useRef<InputRef>(null);
  const language = currentLanguage();

  const districts = useReferenceItems('district');
  const articles = useReferenceItems('article');
  const platforms = useReferenceItems('platform');

  // Ctrl+F searches the cases (not the page); not while the new-case form is over the list.
  useCtrlShortcut(
    'KeyF',
    useCallback(() => {
      if (!creating) searchRef.current?.focus({ cursor: 'all' });
    }, [creating]),
  );

  // Stable while their reference data are, so the table (memoised) is drawn again only when they change.
  const districtLabel = useCallback(
    (name: string) => {
      const item = districts.items.find((d) => d.name === name);
      return item ? referenceLabel(item, language) : name;
    },
    [districts.items, language],
  );
  const articleTitle = useCallback(
    (code: string) => {
      const item = articles.items.find((a) => a.name === code);
      return item ? articleOptionLabel(item, language) : '';
    },
    [articles.items, language],
  );

  const reference = useMemo(
    () => ({
      districts: districts.items,
      articles: articles.items,
      platforms: platforms.items,
      loading: districts.loading || articles.loading || platforms.loading,
    }),
    [
      districts.items,
      articles.items,
      platforms.items,
      districts.loading,
      articles.loading,
      platforms.loading,
    ],
  );

  const onCreated = (created: CreatedCase) => {
    void message.success(t('cases.created', { registryNumber: created.registryNumber }));
    setCreatedId(created.id);
    // Back to the list, unfiltered (keeping the sort and page size), so the new case is in it.
    const { sort, order, pageSize } = list.request;
    void navigate({ pathname: '/cases', search: toListParams({ sort, order, pageSize }).toString() });
    list.reload();
  };

  const emptyText = list.request.search
    ? t('cases.notFound', { search: list.request.search })
    : hasFilters(list.request)
      ? t('caseList.noMatch')
      : canCreate
        ? t('cases.empty')
        : t('roles.emptyDatabase');

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        extra={
          canCreate || canImport || canExport ? (
            <Flex gap={8}>
              <PrintButton />
              {canImport && (
                <Button icon={<ImportOutlined aria-hidden />} onClick={() => void navigate('/cases/import')}>
                  {t('importFile.button')}
                </Button>
              )}
              {canExport && <ExportButton filters={filtersOf(list.request)} />}
              {canCreate && (
                <Button
                  type="primary"
                  icon={<PlusOutlined aria-hidden />}
                  aria-keyshortcuts="Control+N"
                  onClick={() => void navigate({ pathname: '/cases/new', search: query })}
                >
                  {t('cases.new')}
                </Button>
              )}
            </Flex>
          ) : (
            <Flex gap={8} align="center">
              <PrintButton />
              <ViewOnlyTag />
            </Flex>
          )
        }
      />
      <CaseListPrintTitle
        request={list.request}
        reference={reference}
        total={list.page?.total ?? 0}
        shown={list.page?.items.length ?? 0}
      />
      <Card className="case-list-card" styles={{ body: { paddingBottom: 8 } }}>
        <CaseListFilters
          request={list.request}
          onChange={list.update}
          searchRef={searchRef}
          total={CASES_FOUND}
          reference={reference}
        />
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
        <CaseTable
          request={list.request}
          page={list.page}
          loading={list.loading}
          highlightId={createdId}
          emptyText={emptyText}
          districtLabel={districtLabel}
          articleTitle={articleTitle}
          onChange={list.update}
        />
      </Card>
      {canCreate && (
        <NewCaseDrawer
          open={creating}
          onClose={() => void navigate(returnFromNewCase(location) ?? { pathname: '/cases', search: query })}
          onCreated={onCreated}
        />
      )}
    </>
  );
}
