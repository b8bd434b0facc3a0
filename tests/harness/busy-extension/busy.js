// Blocks the page's main thread for 150 ms from an extension content script, on purpose: the
// long-task measure (tests/e2e/harness.ts longestExtensionTask) must see it, or it sees nothing.
const until = performance.now() + 150;
while (performance.now() < until) {
  // spin
}
document.documentElement.dataset.busyDoneAt = performance.now().toFixed(1);
