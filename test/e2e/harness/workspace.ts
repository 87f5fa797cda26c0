/**
 * The throw-away state of one run: a user-data folder with quiet settings, an extensions folder,
 * and a workspace holding copies of samples/ and of the suite's own fixtures, so that quick
 * fixes and saves never touch the repository's files.
 */
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeServerDirs } from './code-server';
import { fixtureFile, quickFixFile } from '../scenarios';
import { repoRoot, runDir } from './paths';

export interface RunState extends CodeServerDirs {
  readonly workspace: string;
}

/**
 * Settings that keep the workbench deterministic: no welcome page, walkthroughs, AI panels,
 * gallery or git prompts popping over the editor, and no suggestions unless asked for.
 */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
  'security.workspace.trust.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  // The sticky header would lie over the point where the suite clicks to focus the editor.
  'editor.stickyScroll.enabled': false,
  'files.autoSave': 'off',
  // Double-clicking a tab maximises its group (the preview scenario's screenshot shows the whole preview).
  'workbench.editor.doubleClickTabToToggleEditorGroupSizes': 'maximize',
};

export function prepareRun(): RunState {
  rmSync(runDir, { recursive: true, force: true });
  const state: RunState = {
    userDataDir: join(runDir, 'user-data'),
    extensionsDir: join(runDir, 'extensions'),
    workspace: join(runDir, 'workspace'),
  };
  mkdirSync(join(state.userDataDir, 'User'), { recursive: true });
  mkdirSync(state.extensionsDir, { recursive: true });
  writeFileSync(join(state.userDataDir, 'User/settings.json'), JSON.stringify(quietSettings, null, 2));
  populateWorkspace(state.workspace);
  return state;
}

/** Copies of samples/ (with its registry/) and the fixtures; shared with the VS Code suite. */
export function populateWorkspace(workspace: string): void {
  mkdirSync(workspace, { recursive: true });
  cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });
  cpSync(join(repoRoot, 'test/e2e/fixtures'), workspace, { recursive: true });
  copyFileSync(join(workspace, fixtureFile), join(workspace, quickFixFile));
}
