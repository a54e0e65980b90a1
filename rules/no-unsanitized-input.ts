import { SINK_KINDS, type SinkKind } from '../src/catalog/taint.js';
import { createRule } from '../src/create-rule.js';
import { REQUEST_DATA_TRIGGER } from '../src/analyses/triggers.js';
import { findTaintedSinks } from '../src/requests/taint-sinks.js';
import { getTaintAnalysis } from '../src/requests/taint.js';
import { findEscapingOff } from '../src/requests/template-escaping.js';
import { findTemplateHtmlSinks } from '../src/requests/vue-templates.js';

type Options = [{ sinks?: SinkKind[]; sanitizers?: string[]; operatorLookups?: boolean }];
type MessageIds = SinkKind | 'templateEscaping';

export default createRule<Options, MessageIds>({
  name: 'no-unsanitized-input',
  relevance: REQUEST_DATA_TRIGGER,
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow request data and webhook payloads reaching SQL, NoSQL, HTML, shell, code, redirect, outbound-URL or file-path sinks unsanitized.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-20', 'CWE-89', 'CWE-943', 'CWE-79', 'CWE-78', 'CWE-94', 'CWE-95', 'CWE-601', 'CWE-918', 'CWE-22'],
      pci: ['6.2.4'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          sinks: {
            type: 'array',
            description: 'Sink families to check (default: all of them).',
            items: { type: 'string', enum: [...SINK_KINDS] },
            uniqueItems: true,
          },
          sanitizers: {
            type: 'array',
            description:
              'Extra function names that sanitize or validate a value: their results are clean, and a check with them guards later uses.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          operatorLookups: {
            type: 'boolean',
            description:
              'Also report request fields that may be MongoDB operator objects in read filters that check no secret or code (`User.findOne({ email: req.body.email })`); filters that check one, updates and deletes are always reported.',
          },
        },
      },
    ],
    defaultOptions: [{ sinks: [...SINK_KINDS], sanitizers: [], operatorLookups: false }],
    messages: {
      sql: 'Request data ({{source}}) is built into the SQL text passed to {{sink}}, so a client can read or rewrite payment records (SQL injection); pass it as a bound parameter (placeholders with a values array, or a tagged sql`` template).',
      nosql:
        'Request data ({{source}}) reaches the database query {{sink}} as a client-shaped object or server-side code, allowing operator injection against payment records; pick the fields you need and cast them to strings or numbers first.',
      html: 'Request data ({{source}}) is written into HTML by {{sink}} without escaping, letting an attacker run script on payment pages (XSS); escape it (escape-html, DOMPurify) or render it as text.',
      shell:
        'Request data ({{source}}) reaches a shell command through {{sink}}, letting a client run commands on the payment server; use execFile/spawn with an argument array and no shell.',
      code: 'Request data ({{source}}) is evaluated as code by {{sink}}, letting a client run arbitrary code on the payment server; never evaluate input, parse it or map it to fixed behaviour instead.',
      redirect:
        'Request data ({{source}}) chooses the redirect target of {{sink}}, so a link can send customers to a look-alike payment page (open redirect); allow only relative paths or check the URL against an allowlist of origins.',
      path: 'Request data ({{source}}) chooses the file path of {{sink}}, so `../` segments can read or overwrite files outside the intended directory on the payment server (path traversal); keep only the base name (path.basename), check the resolved path stays inside the directory, or pass a `root` option.',
      templateEscaping:
        '{{engine}} is configured with `{{option}}` so that templates write values without HTML escaping: any request data a page renders can run script on payment pages (XSS); keep escaping on and mark the few trusted fragments safe one by one.',
      url: 'Request data ({{source}}) chooses the host of an outbound request made with {{sink}}, letting a client reach internal services or cloud metadata from the payment server (SSRF); build the URL from a fixed origin and encode the client part, or check it against an allowlist.',
    },
  },
  create(context, [options]) {
    const kinds = new Set<SinkKind>(options.sinks ?? SINK_KINDS);
    return {
      'Program:exit'() {
        const { sourceCode } = context;
        const analysis = getTaintAnalysis(sourceCode, { filename: context.filename, sanitizers: options.sanitizers });
        for (const finding of findTaintedSinks(sourceCode, analysis, kinds, context.filename, { operatorLookups: options.operatorLookups })) {
          context.report({
            node: finding.node,
            messageId: finding.kind,
            data: { source: finding.taint.label, sink: finding.sink },
          });
        }
        if (kinds.has('html')) {
          for (const finding of findTemplateHtmlSinks(sourceCode, analysis)) {
            context.report({ node: finding.node, messageId: 'html', data: { source: finding.taint.label, sink: 'v-html' } });
          }
          for (const finding of findEscapingOff(sourceCode, context.filename)) {
            context.report({ node: finding.node, messageId: 'templateEscaping', data: { engine: finding.engine, option: finding.option } });
          }
        }
      },
    };
  },
});
