import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Tag, Typography, type DescriptionsProps } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { PersonDetail } from '../../../../shared/domain/monitoring-api';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { useCan } from '../../state/session';
import { useCaseFormat } from '../case/useCaseFormat';
import { supervisionTypeLabel } from './labels';

interface Props {
  detail: PersonDetail;
  districtLabel: (name: string | null) => string;
  onEdit: () => void;
  /** The page heading, focusable from script: where focus goes when the control that had it is gone. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const none = <Typography.Text type="secondary">—</Typography.Text>;

/** Back to the register, the person's name and identity, and whether a supervision is in force today. */
export function PersonHeader({ detail, districtLabel, onEdit, headingRef }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const { state } = useLocation() as { state: { register?: unknown } | null };
  const back = typeof state?.register === 'string' ? `/monitoring${state.register}` : '/monitoring';
  const { record, today } = detail;
  const inForce = record.periods.filter((_, i) => detail.periods[i]?.active);
  const canEdit = useCan('monitoring.write');

  const items: DescriptionsProps['items'] = [
    { key: 'personId', label: t('monitoring.field.personId'), children: record.personId },
    { key: 'iin', label: t('monitoring.field.iin'), children: record.iin ?? none },
    {
      key: 'birth',
      label: t('monitoring.field.birth'),
      children: format.birth({ birthDate: record.birthDate }, today),
    },
    { key: 'sex', label: t('monitoring.field.sex'), children: t(`caseView.sex.${record.sex}`) },
    {
      key: 'district',
      label: t('monitoring.field.district'),
      children: record.district === null ? none : districtLabel(record.district),
    },
    {
      key: 'notes',
      label: t('monitoring.field.notes'),
      children: record.notes ? (
        <Typography.Text style={{ whiteSpace: 'pre-line' }}>{record.notes}</Typography.Text>
      ) : (
        none
      ),
    },
  ];

  return (
    <header>
      <Link to={back} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('monitoring.person.back')}
      </Link>
      <Card>
        <Flex align="start" justify="space-between" gap={16} wrap>
          <div style={{ minWidth: 0 }}>
            <Typography.Title
              level={1}
              ref={headingRef}
              tabIndex={-1}
              style={{ margin: 0, fontSize: 24, overflowWrap: 'anywhere', outline: 'none' }}
            >
              {record.fullName}
            </Typography.Title>
            <Flex gap={8} wrap style={{ marginTop: 8 }}>
              {inForce.length > 0 ? (
                inForce.map((p) => (
                  <Tag key={`${p.type}-${p.start}`} color="blue" style={{ marginInlineEnd: 0 }}>
                    {supervisionTypeLabel(t, p.type)}
                  </Tag>
                ))
              ) : (
                <Tag style={{ marginInlineEnd: 0 }}>{t('monitoring.list.notSupervised')}</Tag>
              )}
            </Flex>
          </div>
          {canEdit ? (
            <Button icon={<EditOutlined aria-hidden />} onClick={onEdit}>
              {t('monitoring.action.editIdentity')}
            </Button>
          ) : (
            <ViewOnlyTag />
          )}
        </Flex>
        <Descriptions
          size="small"
          colon={false}
          column={{ xs: 1, md: 2, xl: 3 }}
          items={items}
          style={{ marginTop: 16 }}
        />
      </Card>
    </header>
  );
}
