export default async function globalTeardown(): Promise<void> {
  const cleanups = (globalThis as { __dbCleanups?: (() => Promise<void>)[] }).__dbCleanups ?? [];
  for (const cleanup of cleanups) await cleanup();
}
