/**
 * `security-severity` for SARIF (GitHub code scanning: ≥9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, <4.0 low).
 * One score per CWE our rules cite, in the range CodeQL uses for queries of the same weakness; a rule gets the
 * highest score among its CWEs. `tests/cli/sarif.test.ts` checks that every CWE of every rule is listed here.
 */
export const CWE_SECURITY_SEVERITY: Readonly<Record<string, number>> = {
  'CWE-20': 7.5, // improper input validation
  'CWE-22': 7.5, // path traversal
  'CWE-78': 9.8, // OS command injection
  'CWE-79': 6.1, // cross-site scripting
  'CWE-89': 8.8, // SQL injection
  'CWE-94': 9.3, // code injection
  'CWE-95': 9.3, // eval injection
  'CWE-116': 6.1, // improper encoding or escaping of output
  'CWE-117': 5.3, // improper output neutralization for logs
  'CWE-200': 6.5, // exposure of sensitive information
  'CWE-208': 5.9, // observable timing discrepancy
  'CWE-209': 5.4, // error message with sensitive information
  'CWE-259': 9.8, // hard-coded password
  'CWE-285': 7.5, // improper authorization
  'CWE-287': 8.1, // improper authentication
  'CWE-306': 9.8, // missing authentication for critical function
  'CWE-295': 7.5, // improper certificate validation
  'CWE-297': 7.5, // improper host-mismatch validation
  'CWE-312': 7.5, // cleartext storage of sensitive information
  'CWE-315': 7.5, // cleartext storage in a cookie
  'CWE-311': 7.5, // missing encryption of sensitive data
  'CWE-319': 7.5, // cleartext transmission
  'CWE-321': 9.8, // hard-coded cryptographic key
  'CWE-326': 7.5, // inadequate encryption strength
  'CWE-327': 7.5, // broken or risky crypto algorithm
  'CWE-328': 7.5, // weak hash
  'CWE-329': 7.5, // predictable IV with CBC
  'CWE-330': 7.8, // insufficiently random values
  'CWE-338': 7.8, // weak PRNG
  'CWE-345': 8.1, // insufficient verification of data authenticity
  'CWE-346': 7.5, // origin validation error
  'CWE-347': 8.1, // improper verification of cryptographic signature
  'CWE-352': 8.8, // cross-site request forgery
  'CWE-359': 6.5, // exposure of private personal information
  'CWE-472': 7.5, // external control of assumed-immutable web parameter
  'CWE-477': 5.3, // obsolete function
  'CWE-497': 5.3, // exposure of system data
  'CWE-522': 7.5, // insufficiently protected credentials
  'CWE-532': 7.5, // sensitive information in a log file
  'CWE-540': 5.3, // sensitive information in source code
  'CWE-601': 6.1, // open redirect
  'CWE-602': 7.5, // client-side enforcement of server-side security
  'CWE-754': 5.3, // improper check for unusual or exceptional conditions
  'CWE-798': 9.8, // hard-coded credentials
  'CWE-837': 5.3, // improper enforcement of a single, unique action
  'CWE-916': 8.1, // password hash with insufficient computational effort
  'CWE-918': 9.1, // server-side request forgery
  'CWE-922': 7.5, // insecure storage of sensitive information
  'CWE-943': 8.8, // improper neutralization in data query logic (NoSQL injection)
  'CWE-1104': 5.3, // unmaintained third-party components
  'CWE-1204': 7.5, // weak initialization vector
  'CWE-1333': 7.5, // inefficient regular expression complexity
};

/** Fallback when a rule cites no CWE listed above: high for `recommended` rules, medium otherwise. */
const PRESET_FALLBACK = { recommended: 7.0, strict: 5.0 } as const;

/** The `security-severity` string (one decimal) for a rule's CWEs and preset level. */
export function securitySeverity(cwes: readonly string[], recommended: string | undefined): string {
  const scores = cwes.map((cwe) => CWE_SECURITY_SEVERITY[cwe]).filter((score): score is number => score !== undefined);
  const score =
    scores.length > 0 ? Math.max(...scores) : recommended === 'recommended' ? PRESET_FALLBACK.recommended : PRESET_FALLBACK.strict;
  return score.toFixed(1);
}
