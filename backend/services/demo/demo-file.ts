import { CASE_FILE_FORMAT, type CaseFile } from '../../../shared/domain/case-file';
import { DEMO_SEED, generateDemoCases } from './generate';
import { generateDemoRegister } from './register';

/** Everything `demo` imports: the demo cases and the monitoring register that goes with them. */
export function generateDemoFile(seed = DEMO_SEED): CaseFile {
  const { cases, monitoring } = generateDemoRegister(seed, generateDemoCases(seed));
  return { format: CASE_FILE_FORMAT, cases, monitoring };
}
