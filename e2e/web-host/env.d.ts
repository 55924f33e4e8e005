// The page half (bridge, entry) is built by Vite: CSS imports and import.meta.env.
/// <reference types="vite/client" />
