// Shared test setup. Component tests opt into happy-dom with a `@vitest-environment` docblock.
export {};
