import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../src/ast/eslint-utils.js';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { WEBHOOK_PROVIDERS } from '../src/catalog/webhooks.js';
import { createRule } from '../src/create-rule.js';
import { getEnclosingFunction, getStaticKeyName, skipWrappers } from '../src/ast/ast.js';
import { argumentsOf } from '../src/modules/module-references.js';
import { findPropertyPath } from '../src/values/object-options.js';
import { handlerOf } from '../src/requests/request-handlers.js';
import { isRequestObject } from '../src/requests/request-values.js';
import { resolveExpression } from '../src/values/static-values.js';
import { argumentsForParameter } from '../src/values/value-flow.js';
import { WEBHOOK_VERIFIER_TRIGGER, bodyProblem, findWebhookVerifiers, type BodyProblem } from '../src/analyses/webhooks.js';

type MessageIds =
  | 'stringify'
  | 'parsedJson'
  | 'jsonParse'
  | 'parsedBody'
  | 'nextPagesBody'
  | 'useText'
  | 'useRawParser'
  | 'passRawString';

interface Suggestion {
  messageId: 'useText' | 'useRawParser' | 'passRawString';
  data?: Record<string, string>;
  fix: (fixer: RuleFixer) => RuleFix | RuleFix[];
}

export default createRule<[], MessageIds>({
  name: 'require-raw-webhook-body',
  relevance: WEBHOOK_VERIFIER_TRIGGER,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require webhook signatures to be checked over the raw request body, not re-serialised or parsed JSON.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-347'],
      pci: ['6.2.4'],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      stringify:
        '`JSON.stringify()` re-serialises the parsed body, so the bytes passed to `{{verifier}}` differ from what {{provider}} signed (key order, spacing, escapes, number format) and genuine webhooks fail verification, which pushes teams to turn it off; pass the raw request body instead ({{docs}}).',
      parsedJson:
        '`{{call}}` parses the webhook body, so `{{verifier}}` checks the signature from {{provider}} over a parsed object instead of the signed bytes; read the body with `.text()` and verify that string before parsing it ({{docs}}).',
      jsonParse:
        '`JSON.parse()` turns the webhook body into an object, so `{{verifier}}` cannot check the signature from {{provider}} over the signed bytes; pass the raw string and parse only after verification ({{docs}}).',
      parsedBody:
        '`req.body` has already been parsed by `{{parser}}` before this route, so `{{verifier}}` checks the signature from {{provider}} over re-serialised data; register the webhook route before the JSON parser with `express.raw({ type: \'application/json\' })`, or keep the raw bytes with a `verify` callback and pass `req.rawBody` ({{docs}}).',
      nextPagesBody:
        'Next.js API routes parse `req.body` unless the route exports `config = { api: { bodyParser: false } }`, so `{{verifier}}` checks the signature from {{provider}} over parsed data; disable the body parser and pass the raw bytes (for example `await buffer(req)`) ({{docs}}).',
      useText: 'Read the body with `.text()` instead.',
      useRawParser: 'Use `{{parser}}.raw({ type: \'application/json\' })` on this route and pass the raw body.',
      passRawString: 'Pass the raw string instead of the parsed object.',
    },
  },
  create(context) {
    const { sourceCode, filename } = context;

    function report(problem: BodyProblem, verifier: string, providerId: keyof typeof WEBHOOK_PROVIDERS): void {
      const provider = WEBHOOK_PROVIDERS[providerId];
      const data = {
        verifier,
        provider: providerId === 'generic' ? 'the sender' : provider.name,
        docs: provider.docs,
        call: problem.kind === 'parsedJson' ? callText(problem.node) : '',
        parser: problem.kind === 'parsedBody' ? problem.parser : '',
      };
      context.report({
        node: problem.node,
        messageId: problem.kind,
        data,
        suggest: suggestionsFor(problem),
      });
    }

    function callText(call: TSESTree.CallExpression): string {
      const callee = skipWrappers(call.callee);
      return callee.type === 'MemberExpression' ? `${sourceCode.getText(callee.object)}.json()` : 'json()';
    }

    function suggestionsFor(problem: BodyProblem): Suggestion[] | null {
      switch (problem.kind) {
        case 'parsedJson': {
          if (!problem.direct) return null;
          const callee = skipWrappers(problem.node.callee);
          if (callee.type !== 'MemberExpression' || callee.computed) return null;
          return [{ messageId: 'useText', fix: (fixer) => fixer.replaceText(callee.property, 'text') }];
        }
        case 'jsonParse': {
          const argument = problem.node.arguments[0];
          if (!problem.direct || !argument || argument.type === 'SpreadElement') return null;
          return [{ messageId: 'passRawString', fix: (fixer) => fixer.replaceText(problem.node, sourceCode.getText(argument)) }];
        }
        case 'stringify': {
          const inner = skipWrappers(problem.inner);
          // `JSON.stringify(await request.json())` → `await request.text()`.
          const awaited = inner.type === 'AwaitExpression' ? skipWrappers(inner.argument) : null;
          if (awaited?.type === 'CallExpression') {
            const callee = skipWrappers(awaited.callee);
            if (
              callee.type === 'MemberExpression' &&
              !callee.computed &&
              getStaticKeyName(callee.property, false) === 'json' &&
              isRequestObject(sourceCode, callee.object, { filename })
            ) {
              const text = `await ${sourceCode.getText(callee.object)}.text()`;
              return [{ messageId: 'useText', fix: (fixer) => fixer.replaceText(problem.node, text) }];
            }
          }
          // `JSON.stringify(req.body)` behind a route-level `express.json()`.
          const handler = handlerOf(sourceCode, problem.node, filename);
          const nested = handler ? bodyProblem(sourceCode, problem.inner, handler, filename) : null;
          if (nested?.kind === 'parsedBody' && nested.routeParser) {
            return rawParserSuggestion(nested.routeParser, [problem.node, sourceCode.getText(problem.inner)]);
          }
          return null;
        }
        case 'parsedBody':
          return problem.routeParser ? rawParserSuggestion(problem.routeParser, null) : null;
        default:
          return null;
      }
    }

    function rawParserSuggestion(
      parserCall: TSESTree.CallExpression,
      unwrap: [TSESTree.Node, string] | null,
    ): Suggestion[] | null {
      const callee = skipWrappers(parserCall.callee);
      if (callee.type !== 'MemberExpression') return null;
      const parser = sourceCode.getText(callee.object);
      return [
        {
          messageId: 'useRawParser',
          data: { parser },
          fix: (fixer) => {
            const fixes = [fixer.replaceText(parserCall, `${parser}.raw({ type: 'application/json' })`)];
            if (unwrap) fixes.push(fixer.replaceText(unwrap[0], unwrap[1]));
            return fixes;
          },
        },
      ];
    }

    /** The payload a verifier call receives, or, for a helper parameter, the arguments at its same-file call sites. */
    function payloadsOf(payload: TSESTree.Node): TSESTree.Node[] {
      const resolved = resolveExpression(sourceCode, payload);
      const definition = resolved.type === 'Identifier' ? findVariable(sourceCode.getScope(resolved), resolved)?.defs[0] : undefined;
      // A handler's own parameter is the request, not a helper's argument.
      if (definition?.type === 'Parameter' && handlerOf(sourceCode, definition.node, filename)?.fn === definition.node) return [payload];
      return argumentsForParameter(sourceCode, resolved)?.map((site) => site.argument) ?? [payload];
    }

    return {
      'Program:exit'() {
        const reported = new Set<TSESTree.Node>();
        for (const reference of findWebhookVerifiers(sourceCode)) {
          const verifier = reference.definition.data;
          if (verifier.style === 'hmac') {
            checkHmacUpdates(reference.node, reported);
            continue;
          }
          if (!verifier.payload) continue;
          const argument = argumentsOf(reference)[verifier.payload.argument];
          if (!argument || argument.type === 'SpreadElement') continue;
          const payload = verifier.payload.path
            ? findPropertyPath(sourceCode, argument, verifier.payload.path)?.value
            : argument;
          if (!payload) continue;
          for (const candidate of payloadsOf(payload)) {
            const handler = handlerOf(sourceCode, candidate, filename);
            const problem = bodyProblem(sourceCode, candidate, handler, filename);
            if (!problem || reported.has(problem.node)) continue;
            reported.add(problem.node);
            report(problem, verifier.name, verifier.provider);
          }
        }
      },
    };

    /**
     * `createHmac(…).update(JSON.stringify(req.body))` inside a request handler (or a helper it passes the body to),
     * also when the hasher is kept in a const (`const h = createHmac(…); h.update(…)`).
     */
    function checkHmacUpdates(hmacCall: TSESTree.Node, reported: Set<TSESTree.Node>): void {
      const starts: TSESTree.Node[] = [hmacCall];
      const declarator = hmacCall.parent;
      if (declarator?.type === 'VariableDeclarator' && declarator.init === hmacCall && declarator.id.type === 'Identifier') {
        const variable = findVariable(sourceCode.getScope(declarator.id), declarator.id);
        for (const reference of variable?.references ?? []) {
          if (reference.isRead()) starts.push(reference.identifier as TSESTree.Node);
        }
      }
      for (const start of starts) {
        let current: TSESTree.Node = start;
        for (let step = 0; step < 4; step++) {
          const member = current.parent;
          if (member?.type !== 'MemberExpression' || member.object !== current) break;
          const call = member.parent;
          if (call?.type !== 'CallExpression' || call.callee !== member) break;
          if (getStaticKeyName(member.property, member.computed) === 'update') checkUpdateArgument(call, reported);
          current = call;
        }
      }
    }

    function checkUpdateArgument(call: TSESTree.CallExpression, reported: Set<TSESTree.Node>): void {
      const argument = call.arguments[0];
      if (!argument || argument.type === 'SpreadElement') return;
      for (const candidate of payloadsOf(argument)) {
        const handler = handlerOf(sourceCode, candidate, filename);
        if (!handler && !getEnclosingFunction(candidate)) continue;
        const problem = bodyProblem(sourceCode, candidate, handler, filename);
        // Only re-serialised *request* bodies: hashing your own JSON is fine.
        if (!problem || problem.kind !== 'stringify' || reported.has(problem.node)) continue;
        if (!isRequestBody(problem.inner)) continue;
        reported.add(problem.node);
        report(problem, 'crypto.createHmac().update', 'generic');
      }
    }

    function isRequestBody(node: TSESTree.Node): boolean {
      let inner = resolveExpression(sourceCode, node);
      if (inner.type === 'AwaitExpression') inner = skipWrappers(inner.argument);
      if (inner.type === 'MemberExpression') {
        return getStaticKeyName(inner.property, inner.computed) === 'body' && isRequestObject(sourceCode, inner.object, { filename });
      }
      if (inner.type === 'CallExpression') {
        const callee = skipWrappers(inner.callee);
        return (
          callee.type === 'MemberExpression' &&
          getStaticKeyName(callee.property, callee.computed) === 'json' &&
          isRequestObject(sourceCode, callee.object, { filename })
        );
      }
      return false;
    }
  },
});
