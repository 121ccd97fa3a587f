import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'tools/*/node_modules/**',
      'lib/generated/**',
      'prisma/generated/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
      'bench/data/**',
    ],
  },
];

export default config;
