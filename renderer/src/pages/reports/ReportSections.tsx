import { Col, Row } from 'antd';
import { memo, useCallback, useDeferredValue, useEffect, useRef } from 'react';
import type { AnnualStats } from '../../../../shared/domain/stats';
import type { Narrative } from '../../../../shared/report/narrative';
import { DistrictsSection } from './DistrictsSection';
import { KeyFiguresSection } from './KeyFiguresSection';
import { MonitoringSection } from './MonitoringSection';
import { OffendersSection } from './OffendersSection';
import type { DrillRequest } from './report-query';
import { SentencesSection } from './SentencesSection';
import { SharesSection } from './SharesSection';
import { TrendSection } from './TrendSection';
import type { ReportLabels } from './useReportLabels';
import { VictimsSection } from './VictimsSection';

interface Props {
  stats: AnnualStats;
  /** The review's sentences for each section; null where they are not shown. */
  narrative: Narrative | null;
  labels: ReportLabels;
  open: (request: DrillRequest) => void;
}

/**
 * The review's sections: key figures, districts, sentences, people, platforms and tactics, and the
 * monitoring register last, as the PDF puts it after all the figures of the cases.
 */
export function ReportSections({ stats, narrative: current, labels, open }: Props) {
  // Another year's key figures are drawn first; the sections below, with their tables and charts,
  // follow in a render that yields to the browser (dimmed until then), so a year switch shows its
  // headline at once instead of after the whole review is drawn again.
  const deferred = useDeferredValue(stats);
  const narrative = useDeferredValue(current);
  const behind = deferred !== stats;
  // The latest handler, read at the click: a new one (another year's URL) would draw them all again.
  const latestOpen = useRef(open);
  useEffect(() => {
    latestOpen.current = open;
  });
  const openLatest = useCallback((request: DrillRequest) => latestOpen.current(request), []);
  return (
    <>
      <KeyFiguresSection stats={stats} open={open} lead={current?.keyFigures ?? []} />
      <div className={behind ? 'report-stale report-rest' : 'report-rest'} aria-busy={behind}>
        <Sections stats={deferred} narrative={narrative} labels={labels} open={openLatest} />
      </div>
    </>
  );
}

const Sections = memo(function Sections({ stats, narrative, labels, open }: Props) {
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <TrendSection
          year={stats.year}
          district={stats.district}
          articles={stats.scope.articles}
          period={stats.period}
          open={open}
        />
      </Col>
      <Col span={24}>
        <DistrictsSection stats={stats} labels={labels} open={open} lead={narrative?.districts ?? []} />
      </Col>
      <Col span={24}>
        <SentencesSection stats={stats} open={open} lead={narrative?.sentences ?? []} />
      </Col>
      <Col span={24}>
        <VictimsSection stats={stats} open={open} lead={narrative?.people.slice(0, 1) ?? []} />
      </Col>
      <Col span={24}>
        <OffendersSection stats={stats} open={open} lead={narrative?.people.slice(1) ?? []} />
      </Col>
      <Col xs={24} xl={12}>
        <SharesSection
          kind="platform"
          rows={stats.platforms}
          labels={labels}
          open={open}
          lead={narrative?.shares.slice(0, 1) ?? []}
        />
      </Col>
      <Col xs={24} xl={12}>
        <SharesSection
          kind="tactic"
          rows={stats.tactics}
          labels={labels}
          open={open}
          lead={narrative?.shares.slice(1) ?? []}
        />
      </Col>
      <Col span={24}>
        <MonitoringSection stats={stats} open={open} lead={narrative?.monitoring ?? []} />
      </Col>
    </Row>
  );
});
