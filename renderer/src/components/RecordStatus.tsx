import { Alert, Button, Flex, Result, Spin } from 'antd';
import type { ApiError } from '../../../shared/result';

interface Props {
  /** The id in the URL was not a record id at all. */
  badId: boolean;
  error: ApiError | null;
  loading: boolean;
  notFound: string;
  back: { label: string; onClick: () => void };
  loadingText: string;
}

/**
 * What a record page shows until it has its record: "not found" with the way back, an error, or a
 * spinner; null once the record is there.
 */
export function recordStatus({ badId, error, loading, notFound, back, loadingText }: Props) {
  if (badId || error?.code === 'not_found') {
    return (
      <Result
        status="404"
        title={notFound}
        extra={
          <Button type="primary" onClick={back.onClick}>
            {back.label}
          </Button>
        }
      />
    );
  }
  if (error) return <Alert type="error" showIcon title={error.message} role="alert" />;
  if (loading) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: 240 }}>
        <Spin size="large" description={loadingText} />
      </Flex>
    );
  }
  return null;
}
