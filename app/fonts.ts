import localFont from 'next/font/local';

// Inter from the installed package (no font is fetched from outside at build or run time).
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
});
