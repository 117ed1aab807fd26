// Cyrillic → Latin for article slugs. The table is the one the demo content's
// Russian slugs follow (close to BGN/PCGN and to what Yandex and most Russian
// news sites use): й → y, х → kh, ц → ts, щ → shch, ю → yu, я → ya, and the
// hard and soft signs dropped. Unlike ICAO's passport table (й → i, ю → iu,
// ъ → ie) it keeps slugs readable for Russian speakers, which is who reads them.
// A few Ukrainian and Belarusian letters are mapped too, so no Cyrillic letter
// silently disappears from a slug.
const table: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Ukrainian, Belarusian
  є: "ye", і: "i", ї: "yi", ґ: "g", ў: "u",
};

/** `text` with every Cyrillic letter spelled in Latin; other characters are left as they are. Keeps case of the first letter. */
export function transliterate(text: string): string {
  let out = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) {
      out += char;
    } else if (lower !== char && latin.length > 0) {
      out += latin[0]!.toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}
