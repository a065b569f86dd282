/** Small AST helpers, one definition each: node wrappers and walking, function nodes, names, import sources. */
export { getCalleeMember, getPropertyName, getValueParent, receiverNames, skipValueWrappers, toConstantCase, walk } from './nodes';
export { enclosingFunction, functionOf, isFunction, parameterName } from './functions';
export type { FunctionNode } from './functions';
export { calleeName, decoratorName, lastName, staticName } from './names';
export { importedBinding, importedModuleOf, requiredModule, topLevelModules } from './imports';
export type { ImportedBinding } from './imports';
