import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../state/session';
import { AboutCard } from './AboutCard';
import { BackupsCard } from './BackupsCard';
import { ConnectionCard } from './ConnectionCard';
import { IdleLockCard } from './IdleLockCard';
import { InvestigationTermCard } from './InvestigationTermCard';
import { LanguageCard } from './LanguageCard';
import { ReferenceDataCard } from './ReferenceDataCard';
import { ReportSettingsCard } from './ReportSettingsCard';
import { SubjectsCard } from './SubjectsCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const canSet = useCan('settings');
  const canBackUp = useCan('backups');
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Flex vertical gap={16} style={{ maxWidth: 1040 }}>
        <Flex gap={16} wrap>
          <div style={{ flex: '1 1 320px' }}>
            <LanguageCard />
          </div>
          <div style={{ flex: '1 1 420px' }}>
            <InvestigationTermCard />
          </div>
        </Flex>
        {canSet && <IdleLockCard />}
        <ReferenceDataCard />
        <ReportSettingsCard />
        <SubjectsCard />
        {canBackUp && <BackupsCard />}
        <ConnectionCard />
        <AboutCard />
      </Flex>
    </>
  );
}
