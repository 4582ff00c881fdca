import { iamActionsOfCommand } from '../sdk-command-actions.js';
import { handlerSources } from './handler-sources.js';
import { SdkBindingIndex } from './sdk-bindings.js';
import { type SdkCommandUse, sdkCallSites, type UnresolvedSdkUse } from './sdk-call-sites.js';

/** A command the handler code can send, with the IAM actions it needs. */
export interface SdkCall extends SdkCommandUse {
  actions: string[];
}

/** What a function's code can send with the AWS SDK v3, found by reading its source. */
export interface HandlerSdkCalls {
  /** The files read: the entry and every package file it imports, relative to the package. */
  files: string[];
  calls: SdkCall[];
  /** Sends the analysis cannot name, and commands whose IAM action cannot be told from their name. */
  unresolved: UnresolvedSdkUse[];
}

const describe = (use: SdkCommandUse): string => use.via ?? use.command;

/**
 * Reads `entry` and every file of the package it reaches through relative imports, and lists the SDK commands they
 * can send (named, aliased and namespace imports of `@aws-sdk/client-*` commands, the DynamoDB document client,
 * paginators, aggregated clients) with each one's IAM actions, plus what they send that cannot be named statically.
 */
export async function handlerSdkCalls(packageDirectory: string, entry = 'src/handler.ts'): Promise<HandlerSdkCalls> {
  const sources = await handlerSources(packageDirectory, entry);
  const sites = sdkCallSites(sources, new SdkBindingIndex(sources));
  const calls: SdkCall[] = [];
  const unresolved = [...sites.unresolved];
  for (const use of sites.commands) {
    const mapped = await iamActionsOfCommand(use.module, use.command);
    if (mapped.kind === 'actions') calls.push({ ...use, actions: mapped.actions });
    else unresolved.push({ file: use.file, line: use.line, code: describe(use), reason: mapped.reason });
  }
  const files = sources.map((source) => source.name);
  const inFileOrder = (left: { file: string; line: number }, right: { file: string; line: number }): number =>
    files.indexOf(left.file) - files.indexOf(right.file) || left.line - right.line;
  return { files, calls: calls.sort(inFileOrder), unresolved: unresolved.sort(inFileOrder) };
}
