/// <reference types="vite/client" />
// Vite's client types (CSS imports, import.meta.env) for every tsconfig that includes renderer/.
