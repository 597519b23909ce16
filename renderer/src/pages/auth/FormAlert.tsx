import { Alert } from 'antd';

/** What went wrong with the whole form (not one field), announced to screen readers as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert type="error" showIcon title={message} role="alert" style={{ marginBottom: 16 }} />;
}
