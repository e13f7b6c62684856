// Preloaded into Kysy by the turns bench's memory phase (with node --expose-gc): SIGUSR2 runs a full
// garbage collection, so memory is compared at rest rather than at whatever point the collector was.
process.on('SIGUSR2', () => globalThis.gc?.());
