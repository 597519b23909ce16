// Types of scripts/build-node.mjs for the TypeScript files that build with it.

/** The command line (`npm run nadzor`) and the web host (`npm run serve`): their sources and builds. */
export const CLI: { entry: string; outDir: string };
export const HOST: { entry: string; outDir: string };

/** The plain-JavaScript packages bundled into a build; every other one loads from node_modules. */
export const BUNDLED: readonly string[];

/** The file `entry` (a path under the project, e.g. cli/main.ts) is built to inside `outDir`. */
export function builtFile(entry: string, outDir: string): string;

/** Builds `entry` into `outDir` unless the last build is current; the built file and whether it was built now. */
export function buildNodeEntry(entry: string, outDir: string): { file: string; built: boolean };

/** Runs the built `entry` in this process, building it first when needed. */
export function runBuilt(entry: string, outDir: string): Promise<void>;
