import { Input, type InputProps } from 'antd';

/**
 * A box for a number that keeps exactly what is typed (see number-text.ts): check it with numberRule
 * and read it with numberOrNull. Pasted or typed text is never cut, rounded or clamped.
 */
export function NumberInput(props: InputProps) {
  return <Input inputMode="decimal" autoComplete="off" spellCheck={false} {...props} />;
}
