/**
 * How catalog entries name an API: the module export, global or SDK-instance member a rule cares about, and the
 * builders every catalog file uses. Data shapes only; `src/modules/module-references.ts` finds the references and
 * `src/modules/typed-members.ts` reads type annotations. The catalog imports nothing from the analysis.
 */

export type ReferenceKind = 'read' | 'call' | 'construct';

/** Where an API is rooted: a module export, a global, or an instance produced by another API. */
export type ApiRoot =
  | { readonly module: string }
  | { readonly global: string }
  | { readonly instance: string };

export interface ApiDefinition<T = unknown> {
  readonly from: ApiRoot;
  /** Property path from the root (`['request']` for `https.request`); empty for the root itself. */
  readonly path: readonly string[];
  readonly kind: ReferenceKind;
  /** The result of this call/construct/read is an instance of this family; its members are tracked too. */
  readonly returns?: string;
  readonly data: T;
}

/** A type exported by `module` whose values are instances of `family`. */
export interface TypedFamily {
  readonly module: string;
  readonly type: string;
  readonly family: string;
}

/** Convenience builders for catalog entries. */
export const api = {
  call<T>(module: string, path: readonly string[], data: T, returns?: string): ApiDefinition<T> {
    return { from: { module }, path, kind: 'call', data, ...(returns ? { returns } : {}) };
  },
  construct<T>(module: string, path: readonly string[], data: T, returns?: string): ApiDefinition<T> {
    return { from: { module }, path, kind: 'construct', data, ...(returns ? { returns } : {}) };
  },
  read<T>(module: string, path: readonly string[], data: T, returns?: string): ApiDefinition<T> {
    return { from: { module }, path, kind: 'read', data, ...(returns ? { returns } : {}) };
  },
  global<T>(name: string, path: readonly string[], kind: ReferenceKind, data: T, returns?: string): ApiDefinition<T> {
    return { from: { global: name }, path, kind, data, ...(returns ? { returns } : {}) };
  },
  instance<T>(family: string, path: readonly string[], kind: ReferenceKind, data: T, returns?: string): ApiDefinition<T> {
    return { from: { instance: family }, path, kind, data, ...(returns ? { returns } : {}) };
  },
};
