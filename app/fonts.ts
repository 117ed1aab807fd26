import localFont from "next/font/local";

// Inter, served by the site itself (no requests to font hosts). Two subsets
// as two families: the browser takes Cyrillic glyphs from the second.
// lib/html/document-assets.ts finds the classes that set these two variables
// in the built stylesheet: keep the names in step.
export const interLatin = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-latin",
  display: "swap",
});

export const interCyrillic = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-cyrillic",
  display: "swap",
});
