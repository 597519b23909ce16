import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSubject, ReviewSubjects } from '../../../../shared/domain/review-subject';
import { api } from '../../api';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { currentLanguage } from '../../i18n/i18n';
import { issueText } from '../../i18n/api-issue';
import { LoadError } from '../../query/LoadError';
import { useApiQuery, useSetApiData } from '../../query/use-api';
import { useCan } from '../../state/session';
import { SubjectEditor } from './SubjectEditor';

type Editing = { subject: ReviewSubject | null } | null;

/**
 * The crime types a review is made for: add, edit and remove them, and choose the one the Reports
 * screen and the command line take when none is asked (the administrator; other roles read them).
 */
export function SubjectsCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const canEdit = useCan('settings');
  const stored = useApiQuery('reports.subjects', {});
  const setData = useSetApiData();
  const [editing, setEditing] = useState<Editing>(null);
  const [saving, setSaving] = useState(false);
  const list = stored.data ?? null;

  /** Every change saves the whole list: one audit entry with the list before and after. */
  const save = async (next: ReviewSubjects) => {
    setSaving(true);
    const result = await api.reports.saveSubjects(next);
    setSaving(false);
    if (!result.ok) {
      const issue = result.error.issues?.[0];
      void message.error(issue ? issueText(issue, i18n) : result.error.message);
      return false;
    }
    setData('reports.subjects', {}, result.value);
    void message.success(t('subjects.saved'));
    return true;
  };

  const saveEdited = async (subject: ReviewSubject) => {
    if (!list) return;
    const before = editing?.subject?.name;
    const subjects = before
      ? list.subjects.map((s) => (s.name === before ? subject : s))
      : [...list.subjects, subject];
    // A renamed default stays the default under its new name.
    const defaultSubject = list.defaultSubject === before ? subject.name : list.defaultSubject;
    if (await save({ subjects, defaultSubject })) setEditing(null);
  };

  const remove = (name: string) =>
    list &&
    save({
      subjects: list.subjects.filter((s) => s.name !== name),
      defaultSubject: list.defaultSubject === name ? null : list.defaultSubject,
    });

  const makeDefault = (name: string | null) => list && save({ ...list, defaultSubject: name });

  const columns: TableProps<ReviewSubject>['columns'] = [
    {
      title: t('subjects.column.name'),
      dataIndex: 'name',
      width: 160,
      render: (name: string) => (
        <Flex gap={6} wrap>
          <Typography.Text strong>{name}</Typography.Text>
          {name === list?.defaultSubject && <Tag color="blue">{t('subjects.isDefault')}</Tag>}
        </Flex>
      ),
    },
    { title: t('subjects.column.title'), key: 'title', render: (_: unknown, s) => s.title[language] },
    {
      title: t('subjects.column.articles'),
      key: 'articles',
      width: 120,
      render: (_: unknown, s) => s.articles.map((a) => a.code).join(', '),
    },
    {
      key: 'actions',
      width: 300,
      // The buttons say what they do; their names say to which subject, by its title in the language.
      render: (_: unknown, s) => {
        const name = s.title[language] || s.name;
        return (
          <Flex gap={4} wrap>
            <Button
              size="small"
              icon={<EditOutlined aria-hidden />}
              aria-label={t('subjects.edit', { name })}
              onClick={() => setEditing({ subject: s })}
            >
              {t('reference.edit')}
            </Button>
            {s.name !== list?.defaultSubject && (
              <Button
                size="small"
                disabled={saving}
                aria-label={t('subjects.makeDefaultNamed', { name })}
                onClick={() => void makeDefault(s.name)}
              >
                {t('subjects.makeDefault')}
              </Button>
            )}
            <Popconfirm
              title={t('subjects.removeConfirm', { name })}
              okText={t('subjects.remove')}
              cancelText={t('subjects.form.cancel')}
              onConfirm={() => void remove(s.name)}
            >
              <Button size="small" danger disabled={saving} aria-label={t('subjects.removeNamed', { name })}>
                {t('subjects.remove')}
              </Button>
            </Popconfirm>
          </Flex>
        );
      },
    },
  ];

  return (
    <Card
      title={t('subjects.title')}
      role="region"
      aria-label={t('subjects.title')}
      extra={canEdit ? undefined : <ViewOnlyTag />}
    >
      <LoadError error={stored.apiError} onRetry={stored.refetch} />
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={16}>
          <Typography.Text type="secondary">{t('subjects.hint')}</Typography.Text>
          {canEdit && (
            <Flex gap={8}>
              {list?.defaultSubject && (
                <Button disabled={saving} onClick={() => void makeDefault(null)}>
                  {t('subjects.noDefault')}
                </Button>
              )}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ subject: null })}>
                {t('subjects.add')}
              </Button>
            </Flex>
          )}
        </Flex>
        <Table<ReviewSubject>
          rowKey="name"
          size="small"
          loading={stored.isLoading}
          columns={canEdit ? columns : columns.filter((c) => c.key !== 'actions')}
          dataSource={list?.subjects ?? []}
          pagination={false}
          locale={{ emptyText: t('subjects.empty') }}
        />
      </Flex>
      {editing && list && (
        <SubjectEditor
          subject={editing.subject}
          takenNames={list.subjects.map((s) => s.name).filter((n) => n !== editing.subject?.name)}
          saving={saving}
          onClose={() => setEditing(null)}
          onSave={(subject) => void saveEdited(subject)}
        />
      )}
    </Card>
  );
}
