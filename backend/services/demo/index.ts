export { DEMO_NOT_EMPTY, fillDemo, hasCases } from './fill-demo';
export { DEMO_SEED, generateDemoCases } from './generate';
export { generateDemoFile } from './demo-file';
