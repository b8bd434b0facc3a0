// Records when a content script that does nothing runs at document_idle on this page.
document.documentElement.dataset.baselineIdleAt = performance.now().toFixed(1);
