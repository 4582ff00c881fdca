import {
  InvalidRoleEntryError,
  InvalidRoleOptionsError,
  MissingResourceArnError,
  UnknownEventSourceError,
  UnknownTemplateError,
} from '@lambda-blueprints/role-templates';
import {
  HandlerBundleError,
  InvalidSimulationOptionsError,
  MappingNotFoundError,
  NoLocalEmulatorError,
} from '@lambda-blueprints/testing';
import {
  AmbiguousMappingError,
  DependencyTreeNotFoundError,
  EjectTargetNotEmptyError,
  FunctionPackageNotFoundError,
  FunctionPackageShapeError,
  JsonInputError,
  ProtectedRoleEntryError,
  ResourceRefError,
  RoleEntryNotFoundError,
  SynthesizedTemplateNotFoundError,
  UnknownFunctionError,
  UsageError,
} from './errors.js';

export const exitCodes = { ok: 0, failedCheck: 1, badInput: 2 } as const;

const badInputErrors = [
  UsageError,
  DependencyTreeNotFoundError,
  FunctionPackageNotFoundError,
  SynthesizedTemplateNotFoundError,
  UnknownEventSourceError,
  UnknownTemplateError,
  InvalidRoleOptionsError,
  InvalidRoleEntryError,
  MissingResourceArnError,
  JsonInputError,
  AmbiguousMappingError,
  InvalidSimulationOptionsError,
  HandlerBundleError,
  MappingNotFoundError,
  NoLocalEmulatorError,
  UnknownFunctionError,
  EjectTargetNotEmptyError,
  FunctionPackageShapeError,
  ResourceRefError,
  RoleEntryNotFoundError,
  ProtectedRoleEntryError,
];

/**
 * 2 for bad input: what the user typed, or a step to run first (install, synth); fix it and rerun. 1 for a check that
 * failed or an unexpected error.
 */
export function exitCodeFor(error: unknown): number {
  return badInputErrors.some((errorClass) => error instanceof errorClass) ? exitCodes.badInput : exitCodes.failedCheck;
}
