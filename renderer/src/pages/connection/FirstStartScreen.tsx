import { Button, Flex, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintLines, officeAddress } from '../../../../shared/domain/connection';
import { api } from '../../api';
import { schemaRule } from '../../components/case/form-rules';
import { chosenLanguage } from '../../state/chosen-language';
import { AuthScreen } from '../auth/AuthScreen';
import { FormAlert } from '../auth/FormAlert';
import { LanguageSwitch } from '../auth/LanguageSwitch';
import { useFormMessages } from '../auth/useFormMessages';

/** The one field an API refusal may name here. */
const ADDRESS_FIELDS = ['address'] as const;

interface Values {
  mode: 'local' | 'office';
  address?: string;
}

/** The server the address led to, waiting for the person to compare its fingerprint. */
interface Presented {
  address: string;
  fingerprint: string;
}

/**
 * The desktop app's first start: "this computer only" (its own SQLite file, then the administrator's
 * setup as before) or "the office server" — its address, then the fingerprint its certificate
 * presents, to compare with the one the server printed before confirming. Nothing is saved until then.
 */
export function FirstStartScreen({
  problem,
  onChosen,
}: {
  problem: string | null;
  onChosen: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const [busy, setBusy] = useState(false);
  // Refusals are kept with their keys and worded in the language chosen last (the switch is above).
  const messages = useFormMessages(form, ADDRESS_FIELDS);
  // Why a saved choice could not be read: shown until the person chooses again.
  const [problemShown, setProblemShown] = useState(true);
  const [presented, setPresented] = useState<Presented | null>(null);
  const error = messages.alert ?? (problemShown ? problem : null);

  const start = () => {
    setBusy(true);
    setProblemShown(false);
    messages.refused(null);
  };

  const submit = async (values: Values) => {
    start();
    if (values.mode === 'local') {
      const chosen = await api.connection.choose({ mode: 'local' });
      if (!chosen.ok) {
        setBusy(false);
        return messages.refused(chosen.error);
      }
      return onChosen();
    }
    const probed = await api.connection.probe({ address: values.address ?? '' });
    setBusy(false);
    if (!probed.ok) return messages.refused(probed.error);
    setPresented(probed.value);
  };

  const confirm = async ({ address, fingerprint }: Presented) => {
    start();
    const chosen = await api.connection.choose({ mode: 'office', address, fingerprint });
    if (!chosen.ok) {
      setBusy(false);
      setPresented(null);
      messages.refused(chosen.error);
      return;
    }
    await onChosen();
  };

  // The first thing a new installation shows: whoever sets it up reads it in their own language.
  const languageSwitch = <LanguageSwitch onChange={chosenLanguage.choose} />;

  if (presented)
    return (
      <AuthScreen
        title={t('connection.confirm.title')}
        intro={t('connection.confirm.intro', { address: presented.address })}
        languageSwitch={languageSwitch}
      >
        <FormAlert message={error} />
        <Typography.Text strong id="presented-fingerprint">
          {t('connection.confirm.fingerprint')}
        </Typography.Text>
        <pre
          aria-labelledby="presented-fingerprint"
          style={{
            fontSize: 15,
            lineHeight: 1.7,
            margin: '8px 0 16px',
            padding: '8px 12px',
            background: '#f3f5f8',
          }}
        >
          {fingerprintLines(presented.fingerprint).join('\n')}
        </pre>
        <Typography.Paragraph>{t('connection.confirm.compare')}</Typography.Paragraph>
        <Flex gap={8} justify="end">
          <Button onClick={() => setPresented(null)} disabled={busy}>
            {t('connection.confirm.cancel')}
          </Button>
          <Button type="primary" loading={busy} onClick={() => void confirm(presented)}>
            {t('connection.confirm.confirm')}
          </Button>
        </Flex>
      </AuthScreen>
    );

  return (
    <AuthScreen
      title={t('connection.firstStart.title')}
      intro={t('connection.firstStart.intro')}
      languageSwitch={languageSwitch}
    >
      <FormAlert message={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={busy}
        initialValues={{ mode: 'local' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="mode" label={t('connection.firstStart.choice')}>
          <Radio.Group>
            <Space direction="vertical">
              <Radio value="local">
                {t('connection.firstStart.local')}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('connection.firstStart.localHint')}
                </Typography.Text>
              </Radio>
              <Radio value="office">
                {t('connection.firstStart.office')}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('connection.firstStart.officeHint')}
                </Typography.Text>
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {mode === 'office' && (
          <Form.Item
            name="address"
            label={t('connection.firstStart.address')}
            extra={t('connection.firstStart.addressHint')}
            rules={[schemaRule(officeAddress, t, { required: true })]}
          >
            <Input autoFocus spellCheck={false} autoCapitalize="off" autoComplete="off" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('connection.firstStart.next')}
        </Button>
      </Form>
    </AuthScreen>
  );
}
