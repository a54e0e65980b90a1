#!/usr/bin/env node
// Entry point of the `payment-security` bin. ESLint is a peer dependency: say so plainly when it is missing.
export {};
// `payment-security ... | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
try {
  const { run } = await import('./index.js');
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  const missing = (error as { code?: unknown } | null)?.code === 'ERR_MODULE_NOT_FOUND';
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    missing && /['"]eslint['"]/u.test(message)
      ? 'payment-security: ESLint is not installed; run "npm install --save-dev eslint" and try again.\n'
      : `payment-security: internal error: ${error instanceof Error ? (error.stack ?? message) : message}\n`,
  );
  process.exitCode = 2;
}
