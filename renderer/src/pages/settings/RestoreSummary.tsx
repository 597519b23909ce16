import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RestoreCandidate } from '../../../../shared/domain/backups';
import { useFormats } from '../../components/format';

/** What a backup holds, shown before the administrator confirms its restore. */
export function RestoreSummary({ candidate }: { candidate: RestoreCandidate }) {
  const { t } = useTranslation();
  const format = useFormats();
  const last = candidate.lastChange;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{t('backups.confirm.holds')}</Typography.Text>
      <span>{t('backups.confirm.cases', { n: format.number(candidate.cases) })}</span>
      <span>{t('backups.confirm.users', { n: format.number(candidate.users) })}</span>
      <span>
        {t('backups.confirm.entries', {
          n: format.number(candidate.entries),
          hash: candidate.headHash.slice(0, 16),
        })}
      </span>
      <span>
        {last
          ? t('backups.confirm.lastChange', { at: format.moment(last.at), who: last.name ?? last.actor })
          : t('backups.confirm.noChange')}
      </span>
      <Typography.Text type="warning">{t('backups.confirm.keep')}</Typography.Text>
    </Flex>
  );
}
