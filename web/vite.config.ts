import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: built to web/dist and served by the server at `/`; in development `/graphql` goes to the server. */
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false } },
  },
});
