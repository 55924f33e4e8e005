// electron-vite's module declarations: `?asset` imports and ELECTRON_RENDERER_URL.
/// <reference types="electron-vite/node" />
