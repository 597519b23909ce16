import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { HandlerContext } from '../context';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => Promise<MethodOutput<M>>;

/** Every method of the contract has exactly one handler: a missing one fails the build. */
export type Handlers = { [M in MethodName]: Handler<M> };
