/**
 * The scope and static-value helpers of `@eslint-community/eslint-utils`, typed with typescript-eslint's
 * declarations. Importing the community package directly loads 8 modules instead of the ~18 behind
 * `@typescript-eslint/utils/ast-utils` (plugin load time is on every editor start and CI run).
 */
import * as communityUtils from '@eslint-community/eslint-utils';
import type { ASTUtils } from '@typescript-eslint/utils';

const typed = communityUtils as unknown as {
  ReferenceTracker: typeof ASTUtils.ReferenceTracker;
  findVariable: typeof ASTUtils.findVariable;
  getPropertyName: typeof ASTUtils.getPropertyName;
  getStaticValue: typeof ASTUtils.getStaticValue;
  getStringIfConstant: typeof ASTUtils.getStringIfConstant;
};

export const ReferenceTracker: typeof ASTUtils.ReferenceTracker = typed.ReferenceTracker;
export const findVariable: typeof ASTUtils.findVariable = typed.findVariable;
export const getPropertyName: typeof ASTUtils.getPropertyName = typed.getPropertyName;
export const getStaticValue: typeof ASTUtils.getStaticValue = typed.getStaticValue;
export const getStringIfConstant: typeof ASTUtils.getStringIfConstant = typed.getStringIfConstant;
