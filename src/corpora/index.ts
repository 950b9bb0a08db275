// Placeholder; replaced below.
export {};
