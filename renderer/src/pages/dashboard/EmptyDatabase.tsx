import { DatabaseOutlined, ExperimentOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { newCaseFrom } from '../../components/new-case-return';
import { useApiMutation } from '../../query/use-api';
import { useCan, useMay } from '../../state/session';

/**
 * What an empty database offers instead of empty figures: demo data to explore the application with
 * (after a confirmation, since it cannot be undone), importing a file, or registering a first case —
 * each to the roles that may; others are told where the cases will come from. Once filled, the
 * dashboard reads its figures again (the change marks them stale).
 */
export function EmptyDatabase() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const demo = useApiMutation('demo.fill');
  const canImport = useCan('import');
  const canCreate = useCan('cases.write');
  // Demo data is the administrator's to load: it fills the office's database for training.
  const canFill = useMay('demo.fill');

  const fill = () =>
    demo.mutateAsync({}).then(
      (summary) => void message.success(t('demo.done', { count: summary.cases })),
      (error: Error) => void message.error(error.message),
    );

  const confirm = () => {
    modal.confirm({
      title: t('demo.confirmTitle'),
      content: t('demo.confirmText'),
      okText: t('demo.confirmOk'),
      cancelText: t('demo.cancel'),
      icon: <ExperimentOutlined aria-hidden />,
      onOk: fill,
    });
  };

  return (
    <Card>
      <Result
        icon={<DatabaseOutlined aria-hidden />}
        // A real heading (Result's own title is a plain <div>), styled as Result styles its title.
        title={<h2 style={{ margin: 0, font: 'inherit', color: 'inherit' }}>{t('dashboard.empty.title')}</h2>}
        subTitle={canImport || canCreate ? t('dashboard.empty.text') : t('roles.emptyDatabase')}
        extra={
          canImport || canCreate ? (
            <Flex gap={8} wrap justify="center">
              {canImport && (
                <Button icon={<ImportOutlined aria-hidden />} onClick={() => void navigate('/cases/import')}>
                  {t('importFile.button')}
                </Button>
              )}
              {canCreate && (
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => void navigate('/cases/new', { state: newCaseFrom(location) })}
                >
                  {t('cases.new')}
                </Button>
              )}
            </Flex>
          ) : undefined
        }
      />
      {canFill && (
        <Card
          type="inner"
          title={
            <Flex align="center" gap={8}>
              <ExperimentOutlined aria-hidden />
              <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
                {t('demo.title')}
              </Typography.Title>
            </Flex>
          }
          style={{ maxWidth: 720, margin: '0 auto 24px' }}
        >
          <Typography.Paragraph>{t('demo.text')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('demo.note')}</Typography.Paragraph>
          <Button
            type="primary"
            icon={<ExperimentOutlined aria-hidden />}
            loading={demo.isPending}
            onClick={confirm}
          >
            {t('demo.fill')}
          </Button>
        </Card>
      )}
    </Card>
  );
}
