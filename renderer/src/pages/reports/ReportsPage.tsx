import { FilePdfOutlined } from '@ant-design/icons';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../shared/dates';
import type { AnnualStats, StatsPeriod } from '../../../../shared/domain/stats';
import { formatsFor } from '../../../../shared/format';
import { incompleteAsOf } from '../../../../shared/report/incomplete-period';
import { reviewNarrative, type Narrative } from '../../../../shared/report/narrative';
import { isEmptyRegisterYear } from '../../../../shared/report/narrative-monitoring';
import { isCalendarYear } from '../../../../shared/domain/period';
import { periodSentenceWords, periodWords } from '../../../../shared/report/period-words';
import { PageHeader } from '../../components/PageHeader';
import { ForRole } from '../../components/ForRole';
import { RoleDisabled } from '../../components/RoleDisabled';
import { currentLanguage } from '../../i18n/i18n';
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';
import { DrillDrawer } from './DrillDrawer';
import { PdfDialog } from './PdfDialog';
import { UnsetTextsAlert } from './UnsetTextsAlert';
import { ReportControls } from './ReportControls';
import { subjectOf } from './subject-query';
import { ReportSections } from './ReportSections';
import { ReportFileButtons } from './ReportFileButtons';
import { reviewHeading } from './review-heading';
import { usePdfJob } from './usePdfJob';
import { useReportLabels } from './useReportLabels';
import { useReportUrlState } from './useReportUrlState';
import { useSubjectTitle } from './useSubjectTitle';
import './reports.css';

/** The figures of days still running (this year's, so far), said as the review's cover says it. */
function IncompleteNote({ period }: { period: StatsPeriod }) {
  const { t } = useTranslation();
  const countedOn = incompleteAsOf(period, todayIso());
  if (!countedOn) return null;
  const { date } = formatsFor(currentLanguage());
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('report.incomplete', { date: date(countedOn), end: date(period.to) })}
    />
  );
}

/** Nothing happened in the year: no case, no court step, no verdict, nothing on the register. */
const isEmptyYear = (stats: AnnualStats): boolean =>
  isEmptyRegisterYear(stats.monitoring) &&
  stats.pipeline.registered === 0 &&
  stats.pipeline.forwardedToCourt === 0 &&
  stats.pipeline.convictedPersons === 0 &&
  stats.pipeline.sentencedPersons === 0 &&
  stats.acquittedPersons === 0 &&
  stats.districts.length === 0;

/**
 * `#/reports?year=2024&district=Almaty&lang=kk`: the annual review's figures for a year and a district
 * (or the whole city), each opening the cases or persons behind it, and the review as a PDF.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { view, drill, changeView, open, close, turnPage } = useReportUrlState();
  // Counted by the backend in SQL; another year's figures stay on screen, dimmed, until the new ones arrive.
  const figures = useApiQuery(
    'reports.stats',
    { year: view.year, district: view.district, period: view.period ?? null, ...subjectOf(view.subject) },
    { placeholderData: keepPreviousData },
  );
  const stats = figures.data ?? null;
  const loading = figures.isPlaceholderData;
  const error = figures.apiError;
  const labels = useReportLabels();
  const subjectTitle = useSubjectTitle();
  const city = useApiQuery('reports.settings', {}).data?.texts[labels.language].city ?? '';
  // What the figures shown count, named as the review's cover names it.
  const counted = stats ? subjectTitle(stats.scope) : null;
  // The review's own sentences, in the UI language, with districts, platforms and tactics as labelled here.
  const narrative = useMemo<Narrative | null>(
    () => (stats ? reviewNarrative(stats, labels.language, (kind, name) => labels[kind](name)) : null),
    [stats, labels],
  );
  const pdf = usePdfJob(t('reports.pdf.failed'));
  const generatePdf = () =>
    pdf.start({
      year: view.year,
      district: view.district,
      period: view.period ?? null,
      ...subjectOf(view.subject),
      language: view.language ?? currentLanguage(),
    });

  // Said of the year, or of the period's days ("В III квартале 2024 года ничего не зафиксировано…").
  const emptyText = (shown: AnnualStats): string => {
    const district = shown.district ? labels.district(shown.district) : null;
    if (isCalendarYear(shown.period, shown.year))
      return district
        ? t('reports.emptyDistrict', { year: shown.year, district })
        : t('reports.empty', { year: shown.year });
    const when = periodSentenceWords(shown.period, currentLanguage());
    return district ? t('period.emptyDistrict', { ...when, district }) : t('period.empty', when);
  };

  let body;
  if (!stats && error) {
    body = <LoadError error={error} onRetry={figures.refetch} />;
  } else if (!stats) {
    body = (
      <Card>
        <Skeleton active />
      </Card>
    );
  } else {
    body = (
      // The last figures stay, dimmed, while the next ones are counted.
      <div className={loading ? 'report-stale' : undefined} aria-busy={loading}>
        <LoadError error={error} onRetry={figures.refetch} style={{ marginBottom: 16 }} />
        <Typography.Title level={2} className="report-heading">
          {reviewHeading(t, stats, { subject: counted, city, labels })}
        </Typography.Title>
        <IncompleteNote period={stats.period} />
        {isEmptyYear(stats) ? (
          <Alert type="info" showIcon title={emptyText(stats)} />
        ) : (
          <ReportSections stats={stats} narrative={narrative} labels={labels} open={open} />
        )}
      </div>
    );
  }

  return (
    <>
      <PageHeader title={t('reports.title')} />
      <ReportControls
        view={view}
        onChange={changeView}
        actions={
          // Kept in place (disabled, saying why) for roles that read the figures but make no PDF.
          <RoleDisabled capability="reports">
            {(role) => (
              <Space wrap>
                <ReportFileButtons
                  request={{
                    year: view.year,
                    district: view.district,
                    period: view.period ?? null,
                    ...subjectOf(view.subject),
                    language: view.language ?? currentLanguage(),
                  }}
                  role={role}
                />
                <Button
                  type="primary"
                  icon={<FilePdfOutlined aria-hidden />}
                  loading={pdf.state.status === 'running'}
                  onClick={generatePdf}
                  {...role}
                >
                  {t('reports.pdf.generate')}
                </Button>
              </Space>
            )}
          </RoleDisabled>
        }
      />
      <ForRole capability="reports">
        <UnsetTextsAlert language={view.language ?? currentLanguage()} stats={stats} />
      </ForRole>
      {body}
      <DrillDrawer target={drill} labels={labels} subject={counted} onPage={turnPage} onClose={close} />
      <PdfDialog
        title={
          view.period
            ? t('period.pdfTitle', { title: periodWords(view.period, currentLanguage()).title })
            : t('reports.pdf.title', { year: view.year })
        }
        state={pdf.state}
        onRetry={generatePdf}
        onClose={pdf.reset}
      />
    </>
  );
}
