import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../src/create-rule.js';
import { CARD_DATA_TRIGGER } from '../src/analyses/triggers.js';
import { stringListOption } from '../src/ast/options.js';
import { skipWrappers } from '../src/ast/ast.js';
import { classifyName, hasCardContext } from '../src/values/names.js';
import { propertyKey, resolveObject } from '../src/values/object-options.js';
import {
  DEFAULT_MASK_FUNCTIONS,
  findSensitiveData,
  mayCarrySensitiveValue,
} from '../src/analyses/sensitive-data.js';
import { staticPrefix } from '../src/values/static-values.js';
import { findStorageWrites, type StorageWrite } from '../src/analyses/storage-writes.js';

type MessageIds = 'securityCode' | 'trackData' | 'cardNumber' | 'cardObject' | 'schemaColumn';

type Options = [{ maskFunctions?: string[] }];

type StoredKind = 'pan' | 'cvv' | 'track' | 'card-object';

const MAX_SQL_LENGTH = 5000;
const MAX_SCHEMA_DEPTH = 4;

/** `INSERT INTO cards (a, b) VALUES ($1, ?)` — columns and value tokens; bounded, linear-time patterns. */
const INSERT = /^\s*(?:insert|replace)\s+(?:or\s+\w+\s+)?(?:into\s+)?([\w."`[\]]+)\s*\(([^()]*)\)\s*values\s*\(([^()]*)\)/i;
const INSERT_COLUMNS_ONLY = /^\s*(?:insert|replace)\s+(?:or\s+\w+\s+)?(?:into\s+)?([\w."`[\]]+)\s*\(([^()]*)\)/i;
const UPDATE = /^\s*update\s+([\w."`[\]]+)\s+set\s+/i;

const QUOTES = new Set(['`', '"', '[', ']']);

/** `"card_number"`, `` `cvv` ``, `[pan]` → the bare column name (a loop, not a regex: no backtracking). */
function unquote(name: string): string {
  const trimmed = name.trim();
  let start = 0;
  let end = trimmed.length;
  while (start < end && QUOTES.has(trimmed[start]!)) start++;
  while (end > start && QUOTES.has(trimmed[end - 1]!)) end--;
  return trimmed.slice(start, end);
}

export default createRule<Options, MessageIds>({
  name: 'no-card-data-storage',
  relevance: CARD_DATA_TRIGGER,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow storing card security codes, track data or unprotected card numbers in databases, caches, files, sessions, cookies or browser storage.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-312', 'CWE-922', 'CWE-315'],
      pci: ['3.3.1', '3.5.1'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maskFunctions: stringListOption(
            'Extra names of helpers that make a card number safe to store (encryption, tokenization, truncation), matched by name segment; the built-in mask/hash/encrypt/tokenize names always apply.',
          ),
        },
      },
    ],
    defaultOptions: [{ maskFunctions: [] }],
    messages: {
      securityCode:
        '`{{name}}` stores a card security code in {{store}}; CVV/CVC must never be kept after authorization, not even encrypted (PCI DSS 3.3.1.2); pass it only to the payment provider, or let the provider collect it client-side.',
      trackData:
        '`{{name}}` stores card track or PIN data in {{store}}, which must never be kept after authorization (PCI DSS 3.3.1); remove it from the stored data.',
      cardNumber:
        '`{{name}}` stores a full card number in {{store}} without tokenization or encryption, but PCI DSS 3.5.1 requires the PAN to be unreadable wherever it is stored; store the provider token and `last4` instead.',
      cardObject:
        '`{{name}}` stores the raw card object from the request in {{store}}, with its card number and security code; send it to the payment provider and store only the returned token, `last4` and `brand`.',
      schemaColumn:
        'The {{store}} schema declares a `{{name}}` field for card security codes or track data, which must never be stored after authorization (PCI DSS 3.3.1); remove the field.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const maskFunctions = [...DEFAULT_MASK_FUNCTIONS, ...(options.maskFunctions ?? [])];
    const reported = new Set<TSESTree.Node>();

    function report(node: TSESTree.Node, kind: StoredKind, name: string, store: string): void {
      if (reported.has(node)) return;
      reported.add(node);
      const messageId =
        kind === 'cvv' ? 'securityCode' : kind === 'track' ? 'trackData' : kind === 'card-object' ? 'cardObject' : 'cardNumber';
      context.report({ node, messageId, data: { name, store } });
    }

    function storedKind(name: string, contextNames: readonly string[] = []): Exclude<StoredKind, 'card-object'> | null {
      const nameClass = classifyName(name, { cardContext: hasCardContext(contextNames) });
      return nameClass === 'pan' || nameClass === 'cvv' || nameClass === 'track' ? nameClass : null;
    }

    function checkValues(write: StorageWrite, values: readonly TSESTree.Node[]): void {
      for (const value of values) {
        for (const finding of findSensitiveData(sourceCode, value, { maskFunctions, encryptedSecurityCodes: true })) {
          if (finding.kind === 'pan' || finding.kind === 'cvv' || finding.kind === 'track') {
            report(finding.node, finding.kind, finding.name, write.store);
          } else if (finding.kind === 'card-object' && finding.fromRequest) {
            // A provider's card summary (`paymentMethod.card`) has no card number; the card a client posted has.
            report(finding.node, finding.kind, finding.name, write.store);
          }
        }
      }
    }

    function checkSchemaObject(write: StorageWrite, node: TSESTree.Node, contextNames: readonly string[], depth: number): void {
      if (depth > MAX_SCHEMA_DEPTH) return;
      const object = resolveObject(sourceCode, node);
      if (!object) return;
      for (const element of object.properties) {
        if (element.type !== 'Property') continue;
        const key = propertyKey(sourceCode, element);
        if (key === null) continue;
        const kind = storedKind(key, contextNames);
        if (kind === 'cvv' || kind === 'track') {
          if (!reported.has(element.key)) {
            reported.add(element.key);
            context.report({ node: element.key, messageId: 'schemaColumn', data: { name: key, store: write.store } });
          }
          continue;
        }
        const value = skipWrappers(element.value);
        if (value.type === 'ObjectExpression' || value.type === 'Identifier') {
          checkSchemaObject(write, value, [...contextNames, key], depth + 1);
        } else if (value.type === 'ArrayExpression' && value.elements[0]) {
          checkSchemaObject(write, value.elements[0], [...contextNames, key], depth + 1);
        }
      }
    }

    function checkSql(write: StorageWrite, text: TSESTree.Node, params: TSESTree.Node | null): void {
      const prefix = staticPrefix(sourceCode, text);
      if (!prefix) return;
      const sql = prefix.prefix.slice(0, MAX_SQL_LENGTH);
      let columns: string[] = [];
      let valueTokens: string[] = [];
      let table = '';
      const insert = INSERT.exec(sql) ?? INSERT_COLUMNS_ONLY.exec(sql);
      const update = insert ? null : UPDATE.exec(sql);
      if (insert) {
        table = unquote(insert[1]!);
        columns = insert[2]!.split(',').map(unquote);
        valueTokens = insert[3] ? insert[3].split(',').map((token) => token.trim()) : [];
      } else if (update) {
        table = unquote(update[1]!);
        const setClause = sql.slice(update[0].length).split(/\swhere\s/i)[0] ?? '';
        for (const assignment of setClause.split(',')) {
          const [column, token] = assignment.split('=');
          if (column === undefined || token === undefined) continue;
          columns.push(unquote(column));
          valueTokens.push(token.trim());
        }
      } else {
        return;
      }
      const paramList = params ? resolveArray(params) : null;
      let questionIndex = 0;
      columns.forEach((column, index) => {
        const token = valueTokens[index] ?? '';
        let param: TSESTree.Node | null = null;
        if (paramList) {
          const dollar = /^\$(\d{1,3})$/.exec(token);
          if (dollar) param = paramList[Number(dollar[1]) - 1] ?? null;
          else if (token === '?') param = paramList[questionIndex] ?? null;
        }
        if (token === '?') questionIndex++;
        const kind = storedKind(column, [table]);
        if (!kind) return;
        if (kind === 'cvv' || kind === 'track') {
          report(param ?? text, kind, column, write.store);
        } else if (param && mayCarrySensitiveValue(sourceCode, param, maskFunctions)) {
          report(param, kind, column, write.store);
        }
      });
    }

    function resolveArray(node: TSESTree.Node): readonly TSESTree.Node[] | null {
      let current = skipWrappers(node);
      if (current.type === 'Identifier') {
        const init = resolveInit(current);
        if (init) current = skipWrappers(init);
      }
      if (current.type !== 'ArrayExpression') return null;
      return current.elements.map((element) => (element && element.type !== 'SpreadElement' ? element : null)).filter(
        (element): element is TSESTree.Expression => element !== null,
      );
    }

    function resolveInit(identifier: TSESTree.Identifier): TSESTree.Node | null {
      const scope = sourceCode.getScope(identifier);
      const variable = scope.references.find((reference) => reference.identifier === identifier)?.resolved;
      const definition = variable?.defs[0];
      if (!definition || variable!.defs.length !== 1 || definition.node.type !== 'VariableDeclarator') return null;
      return definition.node.init ?? null;
    }

    return {
      'Program:exit'() {
        for (const write of findStorageWrites(sourceCode)) {
          if (write.schema) {
            for (const value of write.values) checkSchemaObject(write, value, [], 0);
            for (const column of write.columns ?? []) {
              const kind = storedKind(column.name);
              if ((kind === 'cvv' || kind === 'track') && !reported.has(column.node)) {
                reported.add(column.node);
                context.report({ node: column.node, messageId: 'schemaColumn', data: { name: column.name, store: write.store } });
              }
            }
            continue;
          }
          if (write.sql) {
            checkSql(write, write.sql.text, write.sql.params);
            if (write.sql.params) checkValues(write, [write.sql.params]);
            const text = skipWrappers(write.sql.text);
            if (text.type === 'TemplateLiteral') checkValues(write, text.expressions);
          }
          checkValues(write, write.values);
          if (write.fieldName) {
            const kind = storedKind(write.fieldName.name);
            const value = write.fieldName.value;
            if (kind && value && mayCarrySensitiveValue(sourceCode, value, maskFunctions) && !reported.has(value)) {
              report(write.fieldName.node, kind, write.fieldName.name, write.store);
            }
          }
        }
      },
    };
  },
});

