import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupActions, type BackupSettings } from '../../../../shared/domain/backups';
import { api } from '../../api';
import { NumberInput } from '../../components/case/NumberInput';
import { numberOrNull, numberRule, numberText } from '../../components/case/number-rules';
import { useSetApiData } from '../../query/use-api';

interface Values {
  folder: string;
  /** The typed text; see NumberInput. */
  keepDaily: string;
  keepMonthly: string;
}

const schema = backupActions.saveSettings.shape;

/** Where backups go and how many rotation keeps; an empty folder means the default beside the database. */
export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setData = useSetApiData();
  const [saving, setSaving] = useState(false);

  const save = async (values: Values) => {
    const keepDaily = numberOrNull(values.keepDaily);
    const keepMonthly = numberOrNull(values.keepMonthly);
    if (keepDaily === null || keepMonthly === null) return;
    setSaving(true);
    const folder = values.folder.trim();
    const result = await api.backups.saveSettings({ folder: folder || null, keepDaily, keepMonthly });
    setSaving(false);
    if (!result.ok) {
      const issues = result.error.issues ?? [];
      if (issues.length)
        form.setFields(issues.map((i) => ({ name: i.path as keyof Values, errors: [i.message] })));
      else void message.error(result.error.message);
      return;
    }
    setData('backups.overview', {}, result.value);
    void message.success(t('backups.settings.saved'));
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={saving}
      initialValues={{
        folder: settings.folder ?? '',
        keepDaily: numberText(settings.keepDaily),
        keepMonthly: numberText(settings.keepMonthly),
      }}
      onFinish={(values) => void save(values)}
    >
      <Typography.Title level={5}>{t('backups.settings.title')}</Typography.Title>
      <Form.Item
        name="folder"
        label={t('backups.settings.folder')}
        extra={t('backups.settings.folderHint', { folder: settings.effectiveFolder })}
      >
        <Input style={{ maxWidth: 560 }} />
      </Form.Item>
      <Flex gap={16} align="flex-start" wrap>
        <Form.Item
          name="keepDaily"
          label={t('backups.settings.keepDaily')}
          rules={[numberRule(schema.keepDaily, t, { required: true })]}
        >
          <NumberInput style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="keepMonthly"
          label={t('backups.settings.keepMonthly')}
          rules={[numberRule(schema.keepMonthly, t, { required: true })]}
        >
          <NumberInput style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 30 }}>
          {t('backups.settings.save')}
        </Button>
      </Flex>
    </Form>
  );
}
